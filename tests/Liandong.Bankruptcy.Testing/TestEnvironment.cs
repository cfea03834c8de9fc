using Npgsql;

namespace Liandong.Bankruptcy.Testing;

/// <summary>Where the tests find PostgreSQL and the repository. `etc/dev.sh test` sets these variables.</summary>
public static class TestEnvironment
{
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("LIANDONG_TEST_ADMIN")
        ?? throw new InvalidOperationException(
            "LIANDONG_TEST_ADMIN is not set: run the tests with `etc/dev.sh test`, which starts PostgreSQL for them.");

    public static string OwnerPassword => Variable("LIANDONG_TEST_OWNER_PASSWORD", "liandong-dev-owner");

    public static string AppPassword => Variable("LIANDONG_TEST_APP_PASSWORD", "liandong-dev-app");

    public static string ReaderPassword => Variable("LIANDONG_TEST_READER_PASSWORD", "liandong-dev-reader");

    /// <summary>Protected-data keys made for this test process (never a key of a real installation).</summary>
    public static IReadOnlyDictionary<string, string> ProtectedDataSettings { get; } = new Dictionary<string, string>
    {
        ["Liandong:ProtectedData:Keys:test-1"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["Liandong:ProtectedData:CurrentKey"] = "test-1",
        ["Liandong:ProtectedData:HashKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
    };

    /// <summary>The repository's root folder (where Liandong.Bankruptcy.sln is).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string ConnectionFor(string role, string password, string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Username = role,
            Password = password,
            Database = database,
            Pooling = true,
        }.ConnectionString;

    private static string Variable(string name, string fallback) => Environment.GetEnvironmentVariable(name) ?? fallback;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Liandong.Bankruptcy.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Liandong.Bankruptcy.sln not found above " + AppContext.BaseDirectory);
    }
}
