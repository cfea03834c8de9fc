using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Wages.Domain;

/// <summary>
/// The county's stability-risk thresholds (domain.md, "Coordination items by unit": petitions, stability risks): a list
/// with at least <see cref="Employees"/> employees, or class ① arrears of at least <see cref="Arrears"/> yuan, opens a
/// social-stability matter in Coordination (policy 二(五)). Until the county sets its own, the platform's defaults.
/// </summary>
internal sealed class StabilityThreshold : AggregateRoot, ITenantOwned
{
    public const int DefaultEmployees = 50;

    public const decimal DefaultArrears = 1_000_000m;

    public Guid TenantId { get; private set; }

    public int Employees { get; private set; } = DefaultEmployees;

    public decimal Arrears { get; private set; } = DefaultArrears;

    public void Set(int employees, decimal arrears)
    {
        (Employees, Arrears) = (employees, arrears);
        Touch();
    }

    /// <summary>
    /// The level of the risk a list of <paramref name="employees"/> with <paramref name="arrears"/> owed poses (each
    /// threshold reached inclusively): both reached <c>Major</c> (重大), one <c>Serious</c> (较大), none null.
    /// </summary>
    public string? Level(int employees, decimal arrears) =>
        (employees >= Employees, arrears >= Arrears) switch
        {
            (true, true) => "Major",
            (true, false) or (false, true) => "Serious",
            _ => null,
        };
}
