using Npgsql;

namespace Liandong.Bankruptcy.Testing;

/// <summary>A county made for one test class, so classes never see each other's data.</summary>
public sealed record TestCounty(Guid Id, string DivisionCode, string Name)
{
    /// <summary>The county's court code (its case numbers carry it), 豫 and four digits.</summary>
    public string CourtCode { get; init; } = "豫9000";

    private static int _sequence;

    /// <summary>Registers a new county (as the owner, like the host administrators' page will) and returns it.</summary>
    public static async Task<TestCounty> CreateAsync(TestDatabase database, string? name = null)
    {
        var number = Interlocked.Increment(ref _sequence);
        var county = new TestCounty(
            Guid.CreateVersion7(),
            $"9{Environment.ProcessId % 100:00}{number:000}",
            name ?? $"测试县{number}")
        {
            CourtCode = $"豫{9000 + (number % 1000)}",
        };
        await using var connection = new NpgsqlConnection(database.OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO platform.counties (id, division_code, name, court_codes, is_active, created_at, updated_at)
            VALUES (@id, @code, @name, @courts, true, now(), now())
            """, connection);
        command.Parameters.AddWithValue("id", county.Id);
        command.Parameters.AddWithValue("code", county.DivisionCode);
        command.Parameters.AddWithValue("name", county.Name);
        command.Parameters.AddWithValue("courts", new[] { county.CourtCode });
        await command.ExecuteNonQueryAsync();
        return county;
    }
}
