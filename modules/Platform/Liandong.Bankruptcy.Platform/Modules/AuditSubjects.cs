namespace Liandong.Bankruptcy.Platform.Modules;

/// <summary>
/// How the audit log names what a request acted on: each module registers one for the resources it owns (Cases: a case
/// by its number, a claim as "(2026)豫0303破1号 第3号债权"; Coordination: an item by its title and case …), in the
/// current county (another county's ids answer nothing).
/// </summary>
public interface IAuditSubjects
{
    /// <summary>The names of those of <paramref name="ids"/> that this module owns.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>The ids of what this module holds about the case numbered <paramref name="caseNumber"/>: the audit's filter by case.</summary>
    Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken);
}
