using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Liandong.Bankruptcy.Architecture.Samples;

/// <summary>A "module" that reaches into the host: forbidden (modules use Platform and other modules' Contracts only).</summary>
public static class ReachesIntoTheHost
{
    public static Type Host => typeof(Program);
}

/// <summary>A "Contracts" type that uses Platform's internals instead of its abstractions: forbidden.</summary>
public sealed record LeakyContract(Type Context)
{
    public static LeakyContract Create() => new(typeof(ModuleDbContext));
}

/// <summary>Ignores every query filter, the tenant's among them: forbidden (ignore filters only by name).</summary>
public static class IgnoresAllFilters
{
    public static IQueryable<T> Everything<T>(IQueryable<T> query)
        where T : class => query.IgnoreQueryFilters();
}

/// <summary>A migration that touches xmin, PostgreSQL's version column: forbidden.</summary>
[Migration("20990101000000_TouchesXmin")]
public sealed class TouchesXmin : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<uint>(name: "xmin", schema: "platform", table: "units", type: "xid", nullable: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "xmin", schema: "platform", table: "units");
}

/// <summary>A concrete class that is neither sealed nor abstract: forbidden (internal sealed by default).</summary>
#pragma warning disable CA1852 // the analyzer would catch this one too; the rule must fail on it by itself
internal class OpenForNoReason
#pragma warning restore CA1852
{
    public override string ToString() => nameof(OpenForNoReason);
}

/// <summary>A public class no other project needs: forbidden.</summary>
public sealed class PublicForNoReason
{
    public override string ToString() => nameof(PublicForNoReason);
}

/// <summary>An integration event outside a .Contracts assembly, named as a command: forbidden twice over.</summary>
public sealed record RegisterCase(Guid CaseId) : Liandong.Bankruptcy.Platform.IIntegrationEvent;
