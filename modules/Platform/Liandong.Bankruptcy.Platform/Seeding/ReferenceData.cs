using System.Text.Json;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>
/// Luoyang's counties (etc/reference/luoyang-counties.json), then what every module seeds in each county, each county
/// in its own tenant scope, and the host side's roles. Idempotent: what exists is kept.
/// </summary>
internal static class ReferenceData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static readonly Lazy<ReferenceFile> File = new(Load);

    public static IReadOnlyList<UnitEntry> Units => File.Value.Units;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        List<CountyInfo> counties;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var known = await db.Counties.Select(c => c.DivisionCode).ToListAsync(cancellationToken);
            foreach (var county in File.Value.Counties.Where(c => !known.Contains(c.DivisionCode)))
            {
                db.Counties.Add(new County(Guid.CreateVersion7(), county.DivisionCode, county.Name, county.Courts));
            }

            await db.SaveChangesAsync(cancellationToken);
            counties = await db.Counties.AsNoTracking()
                .Select(c => new CountyInfo(c.Id, c.DivisionCode, c.Name)).ToListAsync(cancellationToken);
        }

        foreach (var county in counties)
        {
            await CountySeeding.SeedAsync(services, county, cancellationToken);
        }

        await CountySeeding.SeedHostAsync(services, cancellationToken);
    }

    private static ReferenceFile Load()
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("reference/luoyang-counties.json")
            ?? throw new InvalidOperationException("reference/luoyang-counties.json is not embedded");
        return JsonSerializer.Deserialize<ReferenceFile>(stream, JsonOptions)!;
    }

    private sealed record ReferenceFile(List<CountyEntry> Counties, List<UnitEntry> Units);

    private sealed record CountyEntry(string DivisionCode, string Name, List<string> Courts);

    internal sealed record UnitEntry(UnitKind Kind, string Name, string? CityName)
    {
        public string NameFor(CountyInfo county) => county.IsCityLevel && CityName is not null
            ? CityName
            : Name.Replace("{county}", county.IsCityLevel ? "洛阳市" : county.Name, StringComparison.Ordinal);
    }
}
