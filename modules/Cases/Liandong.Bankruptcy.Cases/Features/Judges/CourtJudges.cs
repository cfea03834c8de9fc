using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Cases.Features.Judges;

/// <summary>
/// The county's judges: the active members of its court units, whom a case's presiding judge and panel name (picked
/// from a list, the signed-in judge by default), so the desk and the deadlines follow the person, not a typed name.
/// </summary>
internal sealed class CourtJudges(IMemberDirectory members, IAuditContext audit)
{
    public Task<IReadOnlyList<MemberName>> ListAsync(CancellationToken cancellationToken) => members.MembersOfKindAsync(UnitKind.Court, cancellationToken);

    /// <summary>
    /// The judges the ids name, with their names; 422 <c>cases.not_a_court_member</c> for an id that is not an active
    /// member of the county's court. With no presiding judge given and <paramref name="defaultToMe"/>, the signed-in user
    /// presides when they are one of the court's members.
    /// </summary>
    public async Task<(CourtMember? Presiding, IReadOnlyList<CourtMember> Panel)> ResolveAsync(
        Guid? presidingId, IReadOnlyList<Guid> panelIds, bool defaultToMe, CancellationToken cancellationToken)
    {
        var court = (await ListAsync(cancellationToken)).ToDictionary(m => m.UserId);
        CourtMember Member(Guid id, string field) => court.TryGetValue(id, out var m)
            ? new CourtMember(m.UserId, m.DisplayName)
            : throw BusinessException.Rule("cases.not_a_court_member", field);

        var presiding = presidingId is { } id ? Member(id, "presidingJudgeId")
            : defaultToMe && audit.UserId is { } me && court.ContainsKey(me) ? Member(me, "presidingJudgeId") : null;
        return (presiding, [.. panelIds.Select(p => Member(p, "panelIds"))]);
    }
}
