using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>A case's credit file as its GET (and every step's answer) shows it: each target unit's measure on one page.</summary>
internal sealed record CreditFileDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string State, string Procedure, DateOnly? AcceptedOn,
    DateOnly? ApprovedOn, DateOnly? CarriedOutOn, DateOnly? ConvertedOn, bool MayApply,
    IReadOnlyList<RepairApplicationDto> Applications, IReadOnlyList<CreditMeasureDto> Measures, IReadOnlyList<CreditEntryDto> History, uint Version) : IVersioned
{
    public static CreditFileDto From(CreditFile f) => new(
        f.Id, f.CaseNumber, f.DebtorName, f.State, f.Procedure, f.AcceptedOn, f.ApprovedOn, f.CarriedOutOn, f.ConvertedOn, f.MayApply,
        [.. f.Applications.OrderBy(a => a.Number).Select(a => new RepairApplicationDto(a.Number, a.Applicant.ToString(), a.ApplicantName, a.Documents, a.Targets, a.FiledOn))],
        [.. f.Measures.OrderBy(m => m.Target).Select(m => new CreditMeasureDto(
            m.Target.ToString(), CreditTargets.Rules[m.Target].Unit.ToString(), m.Status.ToString(), m.Application, m.RequestedOn, m.DecidedOn, m.ChangedOn, m.Note))],
        [.. f.History.OrderBy(h => h.Number).Select(h => new CreditEntryDto(h.Number, h.Target.ToString(), h.Step.ToString(), h.On, h.Note))],
        f.Version);
}

internal sealed record RepairApplicationDto(int Number, string Applicant, string ApplicantName, IReadOnlyList<string> Documents, IReadOnlyList<string> Targets, DateOnly FiledOn);

/// <summary>One target's measure: its unit (a Platform <c>UnitKind</c> name), where it stands, the latest step's date and note.</summary>
internal sealed record CreditMeasureDto(
    string Target, string Unit, string Status, int? Application, DateOnly RequestedOn, DateOnly? DecidedOn, DateOnly? ChangedOn, string? Note);

internal sealed record CreditEntryDto(int Number, string Target, string Step, DateOnly On, string? Note);

/// <summary>A row of the credit files list: how many measures stand where.</summary>
internal sealed record CreditFileSummaryDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string State, DateOnly? ApprovedOn, DateOnly? ConvertedOn,
    int Requested, int Repaired, int Refused, int ReversalDue);
