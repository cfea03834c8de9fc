using System.Text.Json;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Meetings;

/// <summary>A meeting as the list and every write on it answer it: resolutions with their arithmetic, ballots, minutes.</summary>
internal sealed record ResolutionDto(
    int Number, ResolutionKind Kind, string Title, int? RevoteOf, bool? Adopted, DateOnly? ClosedOn, DateOnly? ResultNoticeDue, JsonElement? Arithmetic, Ruling? Ruling,
    IReadOnlyList<string>? ForcedApprovalFindings, IReadOnlyList<VotingClass>? AdjustedClasses, DateOnly? ChallengeDue, DateOnly? ReconsiderationDue);

internal sealed record BallotDto(int Resolution, Guid ClaimId, Ballot Ballot, bool Remote);

internal sealed record MeetingDto(
    Guid Id, int Number, bool First, DateOnly NoticeSentOn, DateOnly HeldOn, IReadOnlyList<ResolutionDto> Resolutions, IReadOnlyList<BallotDto> Ballots,
    string? Minutes, uint Version) : IVersioned
{
    public static MeetingDto From(CreditorsMeeting m) => new(m.Id, m.Number, m.First, m.NoticeSentOn, m.HeldOn,
        [.. m.Resolutions.OrderBy(r => r.Number).Select(r => new ResolutionDto(r.Number, r.Kind, r.Title, r.RevoteOf, r.Adopted, r.ClosedOn, r.ResultNoticeDue,
            r.Arithmetic is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null, r.Ruling, r.ForcedApprovalFindings, r.AdjustedClasses,
            r.ChallengeDue, r.ReconsiderationDue))],
        [.. m.Ballots.OrderBy(b => b.Resolution).Select(b => new BallotDto(b.Resolution, b.ClaimId, b.Ballot, b.Remote))], m.Minutes, m.Version);
}
