using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Liandong.Bankruptcy.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Liandong.Bankruptcy.Testing;

/// <summary>
/// A database of its own for one test assembly, created from a template that the real migrate step built once. The
/// template is named by a hash of the migrations, the bootstrap SQL and the reference data, so a change rebuilds it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);

    private TestDatabase(string name) => Name = name;

    public string Name { get; }

    public string OwnerConnectionString => TestEnvironment.ConnectionFor("liandong_owner", TestEnvironment.OwnerPassword, Name);

    public string AppConnectionString => TestEnvironment.ConnectionFor("liandong_app", TestEnvironment.AppPassword, Name);

    public string ReaderConnectionString => TestEnvironment.ConnectionFor("liandong_reader", TestEnvironment.ReaderPassword, Name);

    public string AdminConnectionString =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString) { Database = Name }.ConnectionString;

    /// <summary>Runs SQL as the owner (bypassing row-level security): to arrange or inspect what no API shows.</summary>
    public async Task ExecuteAsOwnerAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        await using var command = Command(sql, connection, parameters);
        await command.ExecuteNonQueryAsync(Xunit.TestContext.Current.CancellationToken);
    }

    /// <summary>The first column of the first row, as the owner.</summary>
    public async Task<T> ScalarAsOwnerAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync(Xunit.TestContext.Current.CancellationToken);
        await using var command = Command(sql, connection, parameters);
        return (T)(await command.ExecuteScalarAsync(Xunit.TestContext.Current.CancellationToken))!;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection connection, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    public static async Task<TestDatabase> CreateAsync(string purpose)
    {
        var template = await EnsureTemplateAsync();
        var name = Identifier($"liandong_t_{Sanitize(purpose)}_{Guid.NewGuid():N}");
        await AdminAsync("postgres", $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\" OWNER liandong_owner");
        await RunSqlFileAsync(name, "database.sql");
        return new TestDatabase(name);
    }

    /// <summary>A fresh database migrated by the real migrate step (for tests of the migrate step itself).</summary>
    public static async Task<TestDatabase> CreateMigratedFromScratchAsync(string purpose)
    {
        var name = Identifier($"liandong_m_{Sanitize(purpose)}_{Guid.NewGuid():N}");
        await AdminAsync("postgres", $"CREATE DATABASE \"{name}\" OWNER liandong_owner");
        await RunSqlFileAsync(name, "database.sql");
        var database = new TestDatabase(name);
        await MigrateAsync(database.OwnerConnectionString);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync("postgres", $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    /// <summary>Runs the host's own migrate verb in-process against <paramref name="ownerConnectionString"/>.</summary>
    public static async Task MigrateAsync(string ownerConnectionString)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [HostVerb.Migrate],
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration[$"ConnectionStrings:{LiandongHost.OwnerConnectionName}"] = ownerConnectionString;
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.AddLiandong([HostVerb.Migrate], Program.Modules());
        await using var app = builder.Build();
        var exit = await app.RunLiandongAsync();
        if (exit != 0)
        {
            throw new InvalidOperationException($"migrate exited {exit}");
        }
    }

    private static async Task<string> EnsureTemplateAsync()
    {
        var template = "liandong_tpl_" + TemplateHash();
        await TemplateLock.WaitAsync();
        try
        {
            await using var admin = new NpgsqlConnection(TestEnvironment.AdminConnectionString);
            await admin.OpenAsync();
            // Several test assemblies start at once: one builds the template, the others wait on the lock.
            await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(4103000001)", admin))
            {
                await lockCommand.ExecuteNonQueryAsync();
            }

            try
            {
                await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", admin);
                exists.Parameters.AddWithValue("n", template);
                if ((long)(await exists.ExecuteScalarAsync())! == 0)
                {
                    var building = $"{template}_b";
                    await AdminAsync("postgres", $"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
                    await AdminAsync("postgres", $"CREATE DATABASE \"{building}\" OWNER liandong_owner");
                    await RunSqlFileAsync(building, "database.sql");
                    await MigrateAsync(TestEnvironment.ConnectionFor("liandong_owner", TestEnvironment.OwnerPassword, building));
                    NpgsqlConnection.ClearAllPools();
                    await AdminAsync("postgres", $"ALTER DATABASE \"{building}\" RENAME TO \"{template}\"");
                    await AdminAsync("postgres", $"ALTER DATABASE \"{template}\" IS_TEMPLATE true");
                }
            }
            finally
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(4103000001)", admin);
                await unlock.ExecuteNonQueryAsync();
            }
        }
        finally
        {
            TemplateLock.Release();
        }

        return template;
    }

    /// <summary>
    /// A hash of every module's whole migration script (custom SQL included, generated without a database), the
    /// bootstrap SQL and the embedded reference data: any change to them builds a new template.
    /// </summary>
    private static string TemplateHash()
    {
        var text = new StringBuilder();
        foreach (var assembly in Program.Modules().Select(m => m.GetType().Assembly).Distinct())
        {
            foreach (var factory in assembly.GetTypes().Where(t => !t.IsAbstract && t.GetInterfaces().Any(i =>
                         i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))).OrderBy(t => t.FullName))
            {
                // Through the public interface: the factories themselves are internal to their modules.
                var create = factory.GetInterfaces()
                    .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>))
                    .GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
                using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
                text.AppendLine(context.GetService<IMigrator>().GenerateScript());
            }

            foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                text.AppendLine(Convert.ToHexString(SHA256.HashData(stream)));
            }
        }

        foreach (var sql in Directory.GetFiles(Path.Combine(TestEnvironment.RepositoryRoot, "etc", "sql")).Order(StringComparer.Ordinal))
        {
            text.AppendLine(File.ReadAllText(sql));
        }

        text.AppendLine(typeof(Wolverine.IMessageBus).Assembly.GetName().Version?.ToString());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static async Task RunSqlFileAsync(string database, string file)
    {
        // The bootstrap files are psql scripts (\gexec); run their statements the same way here.
        var sql = await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot, "etc", "sql", file));
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString) { Database = database }.ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in PsqlScript.Statements(sql))
        {
            await using var command = new NpgsqlCommand(statement.Sql, connection);
            if (!statement.ExecuteResult)
            {
                await command.ExecuteNonQueryAsync();
                continue;
            }

            var generated = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    generated.Add(reader.GetString(0));
                }
            }

            foreach (var next in generated)
            {
                await using var run = new NpgsqlCommand(next, connection);
                await run.ExecuteNonQueryAsync();
            }
        }

        await connection.CloseAsync();
        NpgsqlConnection.ClearPool(connection);
    }

    private static async Task AdminAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(TestEnvironment.AdminConnectionString) { Database = database, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    // PostgreSQL keeps 63 bytes of an identifier.
    private static string Identifier(string name) => name[..Math.Min(name.Length, 63)];

    private static string Sanitize(string purpose) =>
        new string(purpose.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20).ToArray());
}
