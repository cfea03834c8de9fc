using System.Text.Json;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>
/// Luoyang's counties and each county's member units (etc/reference/luoyang-counties.json). Idempotent: what exists
/// is kept. Each county's units are written in that county's own tenant scope, one DbContext per county.
/// </summary>
internal static class ReferenceData
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private const string CityDivisionCode = "410300";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var reference = Load();
        var currentTenant = services.GetRequiredService<ICurrentTenant>();

        List<County> counties;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var known = await db.Counties.Select(c => c.DivisionCode).ToListAsync(cancellationToken);
            foreach (var county in reference.Counties.Where(c => !known.Contains(c.DivisionCode)))
            {
                db.Counties.Add(new County(Guid.CreateVersion7(), county.DivisionCode, county.Name, county.Courts));
            }

            await db.SaveChangesAsync(cancellationToken);
            counties = await db.Counties.AsNoTracking().ToListAsync(cancellationToken);
        }

        foreach (var county in counties)
        {
            using var tenantScope = currentTenant.Change(county.Id);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (await db.Units.AnyAsync(cancellationToken))
            {
                continue;
            }

            var place = county.DivisionCode == CityDivisionCode ? "洛阳市" : county.Name;
            foreach (var unit in reference.Units)
            {
                var name = county.DivisionCode == CityDivisionCode && unit.CityName is not null
                    ? unit.CityName
                    : unit.Name.Replace("{county}", place, StringComparison.Ordinal);
                db.Units.Add(new Unit(name, unit.Kind, null));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static ReferenceFile Load()
    {
        using var stream = typeof(ReferenceData).Assembly.GetManifestResourceStream("reference/luoyang-counties.json")
            ?? throw new InvalidOperationException("reference/luoyang-counties.json is not embedded");
        return JsonSerializer.Deserialize<ReferenceFile>(stream, JsonOptions)!;
    }

    private sealed record ReferenceFile(List<CountyEntry> Counties, List<UnitEntry> Units);

    private sealed record CountyEntry(string DivisionCode, string Name, List<string> Courts);

    private sealed record UnitEntry(UnitKind Kind, string Name, string? CityName);
}
