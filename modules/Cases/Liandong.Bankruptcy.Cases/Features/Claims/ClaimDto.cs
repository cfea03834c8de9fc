using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>A line of the register as the register and every write on the line answer it.</summary>
internal sealed record ClaimDto(
    Guid Id, int Number, string Creditor, string? CreditorId, ClaimKind Kind, PriorityClass Priority, VotingClass VotingClass, decimal Principal, decimal Interest, decimal Other,
    decimal Declared, string? Collateral, int? Rank, DateOnly DeclaredOn, bool Late, string? SourceModule, ReviewStatus Review, decimal? ConfirmedAmount,
    string? ReviewReason, ObjectionOutcome Objection, DateOnly? SuitDeadline, DateOnly? CourtConfirmedOn, bool WaivedPriority, bool SocialInsurance,
    decimal? CourtSetAmount, uint Version, decimal? CollateralProceeds, DateOnly? CollateralRealizedOn, decimal? SecuredPart, decimal? Shortfall,
    int? Subordination, bool ArrearsBefore2006) : IVersioned
{
    public static ClaimDto From(Claim c) => new(c.Id, c.Number, c.Creditor, c.CreditorId, c.Kind, c.Priority, c.VotingClass, c.Principal, c.Interest, c.Other,
        c.Declared, c.Collateral, c.Rank, c.DeclaredOn, c.Late, c.SourceModule, c.Review, c.ConfirmedAmount, c.ReviewReason, c.Objection,
        c.SuitDeadline, c.CourtConfirmedOn, c.WaivedPriority, c.SocialInsurance, c.CourtSetAmount, c.Version,
        c.CollateralProceeds, c.CollateralRealizedOn, c.SecuredPart, c.Shortfall, c.Subordination, c.ArrearsBefore2006);
}

/// <summary>A total of the register: declared, and counted (confirmed so far), with the number of lines.</summary>
internal sealed record TotalDto(string Class, decimal Declared, decimal Counted, int Lines);

internal sealed record RegisterDto(IReadOnlyList<ClaimDto> Items, IReadOnlyList<TotalDto> ByPriority, IReadOnlyList<TotalDto> ByVotingClass);
