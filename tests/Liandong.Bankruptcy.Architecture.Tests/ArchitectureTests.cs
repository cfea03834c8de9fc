using System.Reflection;
using Liandong.Bankruptcy.Architecture.Samples;

namespace Liandong.Bankruptcy.Architecture.Tests;

/// <summary>Each rule holds on the product and fails on the deliberately bad sample.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Sample = typeof(ReachesIntoTheHost).Assembly;

    /// <summary>The modules the host runs, and every .Contracts assembly beside them.</summary>
    public static TheoryData<string> Modules() => [.. ModuleNames()];

    public static TheoryData<string> Contracts()
    {
        var names = Directory.GetFiles(AppContext.BaseDirectory, "Liandong.Bankruptcy.*.Contracts.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToList();
        // Until the first module with Contracts lands, the rule runs on Platform's abstractions, which it must also pass.
        return [.. names.DefaultIfEmpty("Liandong.Bankruptcy.Platform.Abstractions")];
    }

    public static TheoryData<string> ProductAssemblies() =>
        [.. ModuleNames().Append("Liandong.Bankruptcy.Host")];

    private static IEnumerable<string> ModuleNames() =>
        Program.Modules().Select(m => m.GetType().Assembly.GetName().Name!).Distinct();

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_only_platform_and_contracts(string module) =>
        Rules.ModuleReferences(Assembly.Load(module)).ShouldBeEmpty();

    [Fact]
    public void The_module_rule_fails_on_a_module_reaching_into_the_host() =>
        Rules.ModuleReferences(Sample).ShouldBe(["Liandong.Bankruptcy.Host"], ignoreOrder: true);

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contracts_project_references_only_platform_abstractions(string contracts) =>
        Rules.ContractsReferences(Assembly.Load(contracts)).ShouldBeEmpty();

    [Fact]
    public void The_contracts_rule_fails_on_contracts_using_platform_internals() =>
        Rules.ContractsReferences(Sample).ShouldContain("Liandong.Bankruptcy.Platform");

    [Theory]
    [MemberData(nameof(Contracts))]
    public void A_contracts_project_keeps_its_types_in_its_own_namespace(string contracts) =>
        Rules.ContractsOutsideTheirNamespace(Assembly.Load(contracts)).ShouldBeEmpty();

    [Fact]
    public void The_contracts_namespace_rule_fails_on_a_type_in_another_namespace() =>
        Rules.ContractsOutsideTheirNamespace(Sample).ShouldContain(typeof(Samples.Domain.KnowsHttp).FullName!);

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void No_code_ignores_query_filters_without_naming_them(string assembly) =>
        Rules.UnnamedIgnoreQueryFilters(Assembly.Load(assembly)).ShouldBeEmpty();

    [Fact]
    public void The_filter_rule_fails_on_an_unnamed_ignore() =>
        Rules.UnnamedIgnoreQueryFilters(Sample).ShouldBe([$"{typeof(IgnoresAllFilters).FullName}.Everything"]);

    [Theory]
    [MemberData(nameof(Modules))]
    public void No_migration_touches_xmin(string module)
    {
        var assembly = Assembly.Load(module);
        assembly.GetTypes().ShouldContain(t => typeof(Microsoft.EntityFrameworkCore.Migrations.Migration).IsAssignableFrom(t));
        Rules.MigrationsTouchingXmin(assembly).ShouldBeEmpty();
    }

    [Fact]
    public void The_xmin_rule_fails_on_a_migration_adding_it() =>
        Rules.MigrationsTouchingXmin(Sample).ShouldBe([typeof(TouchesXmin).FullName!]);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Domain_types_know_nothing_of_http(string module) =>
        Rules.DomainDependingOnAspNetCore(Assembly.Load(module)).ShouldBeEmpty();

    [Fact]
    public void The_domain_rule_fails_on_a_domain_type_using_http_in_any_domain_namespace() =>
        Rules.DomainDependingOnAspNetCore(Sample).ShouldBe(
            [typeof(Samples.Domain.KnowsHttp).FullName!, typeof(Samples.Domain.Claims.KnowsHttpToo).FullName!], ignoreOrder: true);

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void Classes_are_sealed_unless_abstract_or_static(string assembly) =>
        Rules.NotSealed(Assembly.Load(assembly)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(FeatureModules))]
    public void A_module_is_public_only_where_another_project_needs_it(string module) =>
        Rules.NeedlesslyPublic(Assembly.Load(module)).ShouldBeEmpty();

    [Fact]
    public void The_sealed_and_public_rules_fail_on_an_open_class_and_a_needlessly_public_one()
    {
        Rules.NotSealed(Sample).ShouldBe(["Liandong.Bankruptcy.Architecture.Samples.OpenForNoReason"]);
        Rules.NeedlesslyPublic(Sample).ShouldContain(typeof(PublicForNoReason).FullName!);
    }

    public static TheoryData<string> FeatureModules() => [.. ModuleNames().Where(m => m != "Liandong.Bankruptcy.Platform")];

    [Theory]
    [MemberData(nameof(EventAssemblies))]
    public void Integration_events_live_in_contracts_with_past_tense_names(string assembly) =>
        Rules.MisplacedOrMisnamedEvents(Assembly.Load(assembly)).ShouldBeEmpty();

    [Fact]
    public void The_event_rule_fails_on_an_event_outside_contracts_named_as_a_command() =>
        Rules.MisplacedOrMisnamedEvents(Sample).ShouldBe([typeof(RegisterCase).FullName!]);

    public static TheoryData<string> EventAssemblies() =>
        [.. ModuleNames().Append("Liandong.Bankruptcy.Platform.Abstractions").Concat(Contracts().Select(c => (string)c.Data))];
}
