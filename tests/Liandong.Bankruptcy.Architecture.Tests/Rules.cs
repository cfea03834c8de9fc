using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;

namespace Liandong.Bankruptcy.Architecture.Tests;

/// <summary>The rules of the house (architecture.md), each a function from an assembly to its violations.</summary>
internal static class Rules
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

    /// <summary>Domain types know nothing of HTTP or of the web host.</summary>
    public static IReadOnlyList<string> DomainDependingOnAspNetCore(Assembly assembly) =>
        Types.InAssembly(assembly)
            .That().ResideInNamespaceEndingWith(".Domain")
            .Should().NotHaveDependencyOnAny("Microsoft.AspNetCore")
            .GetResult()
            .FailingTypes.Select(t => t.FullName).ToList();

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
