using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace Liandong.Bankruptcy.Architecture.Tests;

/// <summary>The rules of the house (architecture.md), each a function from an assembly to its violations.</summary>
internal static partial class Rules
{
    private const string Product = "Liandong.Bankruptcy.";
    private const string Platform = "Liandong.Bankruptcy.Platform";
    private const string PlatformAbstractions = "Liandong.Bankruptcy.Platform.Abstractions";

    /// <summary>Rule 1: a module references Platform and other modules' .Contracts only.</summary>
    public static IReadOnlyList<string> ModuleReferences(Assembly module) =>
        ProductReferences(module)
            .Where(name => name is not Platform and not PlatformAbstractions && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

    /// <summary>A .Contracts project references only Platform's abstractions (and other Contracts).</summary>
    public static IReadOnlyList<string> ContractsReferences(Assembly contracts) =>
        ProductReferences(contracts)
            .Where(name => name is not PlatformAbstractions && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();

    /// <summary>A .Contracts assembly's types live in its own namespace (<c>Liandong.Bankruptcy.Cases.Contracts</c>), so a using of it reads as what it is.</summary>
    public static IReadOnlyList<string> ContractsOutsideTheirNamespace(Assembly contracts) =>
        ProductTypes(contracts).Where(t => t.Namespace != contracts.GetName().Name).Select(t => t.FullName!).ToList();

    /// <summary>Only named filters are ever ignored: no call to the parameterless IgnoreQueryFilters.</summary>
    public static IReadOnlyList<string> UnnamedIgnoreQueryFilters(Assembly assembly)
    {
        using var definition = AssemblyDefinition.ReadAssembly(assembly.Location);
        return definition.MainModule.GetTypes()
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody)
            .Where(m => m.Body.Instructions.Any(i =>
                i.OpCode.Code is Code.Call or Code.Callvirt &&
                i.Operand is MethodReference { Name: "IgnoreQueryFilters" } called &&
                called.Parameters.Count == 1))
            .Select(m => $"{m.DeclaringType.FullName}.{m.Name}")
            .ToList();
    }

    /// <summary>No migration adds, drops, renames or alters xmin (the version column PostgreSQL keeps itself).</summary>
    public static IReadOnlyList<string> MigrationsTouchingXmin(Assembly assembly)
    {
        var violations = new List<string>();
        foreach (var type in assembly.GetTypes().Where(t => typeof(Migration).IsAssignableFrom(t) && !t.IsAbstract))
        {
            var migration = (Migration)Activator.CreateInstance(type)!;
            migration.ActiveProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
            var operations = migration.UpOperations.Concat(migration.DownOperations);
            if (operations.Any(TouchesXmin))
            {
                violations.Add(type.FullName!);
            }
        }

        return violations;
    }

    /// <summary>Domain types, in <c>.Domain</c> and every namespace below it, know nothing of HTTP or of the web host.</summary>
    public static IReadOnlyList<string> DomainDependingOnAspNetCore(Assembly assembly) =>
        Types.InAssembly(assembly)
            .That().ResideInNamespaceMatching(@"\.Domain(\.|$)")
            .Should().NotHaveDependencyOnAny("Microsoft.AspNetCore")
            .GetResult()
            .FailingTypes?.Select(t => t.FullName).ToList() ?? [];

    /// <summary>Classes are sealed unless abstract or static (rule 6: internal sealed by default).</summary>
    public static IReadOnlyList<string> NotSealed(Assembly assembly) =>
        ProductTypes(assembly).Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !IsMigration(t)).Select(t => t.FullName!).ToList();

    /// <summary>
    /// A module's types are internal unless another project needs them: the module class, domain types (tests build
    /// them), message handlers (Wolverine), view components (MVC), resource markers, migrations. (Platform, the shared
    /// kernel, is public by design.)
    /// </summary>
    public static IReadOnlyList<string> NeedlesslyPublic(Assembly assembly) =>
        ProductTypes(assembly).Where(t => t.IsPublic && !MayBePublic(t)).Select(t => t.FullName!).ToList();

    private static IEnumerable<Type> ProductTypes(Assembly assembly) => assembly.GetTypes().Where(t => !t.IsNested && !IsGenerated(t));

    /// <summary>Integration events live in a .Contracts assembly (or Platform's abstractions) and are named in the past tense.</summary>
    public static IReadOnlyList<string> MisplacedOrMisnamedEvents(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && t.GetInterfaces().Any(i => i.FullName == "Liandong.Bankruptcy.Platform.IIntegrationEvent"))
            .Where(t => !(assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal) || assembly.GetName().Name == PlatformAbstractions)
                        || !PastTense().IsMatch(t.Name))
            .Select(t => t.FullName!)
            .ToList();

    [System.Text.RegularExpressions.GeneratedRegex("(ed|Done|Sent|Paid|Made|Held|Set|Begun|Taken|Given|Written|Lost|Won)(?=[A-Z]|$)")]
    private static partial System.Text.RegularExpressions.Regex PastTense();

    private static bool MayBePublic(Type type) =>
        typeof(Platform.Modules.IModule).IsAssignableFrom(type)
        || type.Namespace?.Split('.').Contains("Domain") == true
        || type.Name.EndsWith("Handler", StringComparison.Ordinal)
        || type.IsSubclassOf(typeof(Microsoft.AspNetCore.Mvc.ViewComponent))
        || type.Name.EndsWith("Messages", StringComparison.Ordinal) && type.Namespace?.EndsWith(".Localization", StringComparison.Ordinal) == true
        || IsMigration(type);

    private static bool IsMigration(Type type) =>
        typeof(Migration).IsAssignableFrom(type) || typeof(Microsoft.EntityFrameworkCore.Infrastructure.ModelSnapshot).IsAssignableFrom(type)
        || type.Namespace?.EndsWith(".Migrations", StringComparison.Ordinal) == true;

    private static bool IsGenerated(Type type) =>
        type.Name.StartsWith('<') || type.Namespace is null || type.Namespace.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal)
        || type.Namespace.StartsWith("Microsoft", StringComparison.Ordinal) || type.Namespace.StartsWith("System", StringComparison.Ordinal)
        || type.GetCustomAttributes(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false).Length > 0;

    private static bool TouchesXmin(MigrationOperation operation) => operation switch
    {
        AddColumnOperation add => add.Name == "xmin",
        DropColumnOperation drop => drop.Name == "xmin",
        RenameColumnOperation rename => rename.Name == "xmin" || rename.NewName == "xmin",
        AlterColumnOperation alter => alter.Name == "xmin",
        _ => false,
    };

    private static IEnumerable<string> ProductReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith(Product, StringComparison.Ordinal));
}
