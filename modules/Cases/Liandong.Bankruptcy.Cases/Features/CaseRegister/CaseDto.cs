using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister;

/// <summary>A case as its GET and every write on it answer: debtors, deadlines, tracks, the administrator.</summary>
internal sealed record DebtorDto(Guid Id, string Name, string Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

internal sealed record DeadlineDto(DeadlineKind Kind, DateOnly StartsOn, DateOnly Due, bool Provisional, string Source, DeadlineStatus Status, DateOnly? ClosedOn);

internal sealed record AdministratorDto(Guid FirmId, string? Name, DateOnly? AppointedOn, bool Interim);

internal sealed record PrePackagedDto(DateOnly From, DateOnly? Until);

/// <summary>An approved plan: the vote it follows (arts. 86, 87) and the end of its supervision period (art. 90).</summary>
internal sealed record ApprovedPlanDto(Guid MeetingId, int Resolution, DateOnly? SupervisionUntil);

internal sealed record CaseDto(Guid Id, string CaseNumber, string CourtCode, Procedure Procedure, CaseState State, Guid? PresidingJudgeId, string? PresidingJudge,
    IReadOnlyList<Guid> PanelIds, IReadOnlyList<string> Panel, bool FastTrack, DateOnly? ReceivedOn, EnforcementTransfer? Transfer, PrePackagedDto? PrePackaged,
    DateOnly? AcceptedOn, AdministratorDto? Administrator, IReadOnlyList<DebtorDto> Debtors, IReadOnlyList<DeadlineDto> Deadlines, uint Version,
    Applicant? Applicant, DateOnly? SupplementRequestedOn, ApprovedPlanDto? ApprovedPlan, DateOnly? DeregisteredOn)
    : IVersioned
{
    public static CaseDto From(BankruptcyCase c) => new(c.Id, c.CaseNumber, c.CourtCode, c.Procedure, c.State, c.PresidingJudgeId, c.PresidingJudge,
        c.PanelIds, c.Panel, c.FastTrack, c.ReceivedOn, c.Transfer, c.PrePackagedFrom is { } from ? new PrePackagedDto(from, c.PrePackagedUntil) : null, c.AcceptedOn,
        c.AdministratorFirmId is { } firm ? new AdministratorDto(firm, c.AdministratorFirmName, c.AdministratorAppointedOn, c.AdministratorInterim) : null,
        [.. c.Debtors.OrderBy(d => d.Position).Select(d => new DebtorDto(d.Id, d.Name, d.Uscc, d.UsccOverrideReason, d.RegisteredAddress, d.LegalRepresentative))],
        [.. c.Deadlines.OrderBy(d => d.Due).Select(d => new DeadlineDto(d.Kind, d.StartsOn, d.Due, d.Provisional, d.Source, d.Status, d.ClosedOn))], c.Version,
        c.Applicant, c.SupplementRequestedOn,
        c.ApprovedPlanMeetingId is { } meeting ? new ApprovedPlanDto(meeting, c.ApprovedPlanResolution!.Value, c.SupervisionUntil) : null, c.DeregisteredOn);
}
