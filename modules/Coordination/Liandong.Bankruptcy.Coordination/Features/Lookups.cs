using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features;

/// <summary>The county's units and cases as requests name them: unknown ones are refused with 422, never created.</summary>
internal static class Lookups
{
    /// <summary>An active unit of the county, or 422 <c>coordination.unknown_unit</c>.</summary>
    public static async Task<UnitRef> ActiveUnitAsync(this IUnitDirectory units, Guid id, CancellationToken cancellationToken) =>
        await units.FindAsync(id, cancellationToken) is { IsActive: true } unit
            ? new UnitRef(unit.Id, unit.Name)
            : throw BusinessException.Rule("coordination.unknown_unit");

    /// <summary>Several active units of the county in one read (in the order asked), or 422 for the first unknown one.</summary>
    public static async Task<IReadOnlyList<UnitRef>> ActiveUnitsAsync(this IUnitDirectory units, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var active = (await units.ActiveAsync(cancellationToken)).ToDictionary(u => u.Id);
        return [.. ids.Select(id => active.TryGetValue(id, out var unit) ? new UnitRef(unit.Id, unit.Name) : throw BusinessException.Rule("coordination.unknown_unit"))];
    }

    /// <summary>The number of a case of the county, or 422 <c>coordination.unknown_case</c>.</summary>
    public static async Task<string> CaseNumberAsync(this ICaseQueries cases, Guid caseId, CancellationToken cancellationToken) =>
        (await cases.FindAsync(caseId, cancellationToken))?.CaseNumber ?? throw BusinessException.Rule("coordination.unknown_case");
}
