using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Judges;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister.Register;

internal sealed record DebtorRequest(string? Name, string? Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

/// <summary>The enforcement court's transfer decision (执转破).</summary>
internal sealed record TransferRequest(string? EnforcementCourt, string? EnforcementCaseNumber, string? DecisionNumber, DateOnly? DecidedOn);

internal sealed record RegisterCaseRequest(
    string? CaseNumber, Procedure? Procedure, Guid? PresidingJudgeId, [property: MaxItems(RegisterCaseRequest.MaxDebtors)] IReadOnlyList<DebtorRequest>? Debtors,
    [property: MaxItems(RegisterCaseRequest.MaxPanel)] IReadOnlyList<Guid>? PanelIds = null, bool? FastTrack = null, DateOnly? ReceivedOn = null, TransferRequest? Transfer = null,
    DateOnly? PrePackagedFrom = null, Applicant? Applicant = null) : IValidatable
{
    public const int MaxPanel = 6;

    /// <summary>A consolidated case (实质合并) names its debtors; more than this is not one case's register.</summary>
    public const int MaxDebtors = 500;

    public void Validate(ValidationErrors errors)
    {
        if (!Domain.CaseNumber.TryParse(CaseNumber, out _))
        {
            errors.Add("caseNumber", "validation.case_number");
        }

        errors.Defined("procedure", Procedure);
        ValidateTracks(errors);
        if (Debtors is not { Count: > 0 })
        {
            errors.Add("debtors", "validation.debtors");
            return;
        }

        for (var i = 0; i < Debtors.Count; i++)
        {
            var d = Debtors[i];
            errors.RequiredText($"debtors[{i}].name", d.Name, 200);
            if (!Uscc.IsWellFormed(d.Uscc))
            {
                errors.Add($"debtors[{i}].uscc", "validation.uscc");
            }

            errors.OptionalText($"debtors[{i}].usccOverrideReason", d.UsccOverrideReason, 200);
            errors.OptionalText($"debtors[{i}].registeredAddress", d.RegisteredAddress, 300);
            errors.OptionalText($"debtors[{i}].legalRepresentative", d.LegalRepresentative, 50);
        }
    }

    private void ValidateTracks(ValidationErrors errors)
    {
        if (PanelIds is { Count: > MaxPanel })
        {
            errors.Add("panelIds", "validation.range", 0, MaxPanel);
        }

        if (Transfer is { } t)
        {
            errors.RequiredText("transfer.enforcementCourt", t.EnforcementCourt, 100);
            errors.RequiredText("transfer.enforcementCaseNumber", t.EnforcementCaseNumber, 40);
            errors.RequiredText("transfer.decisionNumber", t.DecisionNumber, 60);
            if (t.DecidedOn is null)
            {
                errors.Add("transfer.decidedOn", "validation.required");
            }
            else if (ReceivedOn < t.DecidedOn)
            {
                errors.Add("receivedOn", "validation.received_before_transfer");
            }
        }

        // Who applied sets the review period (art. 10): required with the receipt date; a transfer is its own kind.
        if (Applicant is { } applicant && !Enum.IsDefined(applicant))
        {
            errors.Add("applicant", "validation.invalid_value");
        }
        else if (Transfer is null && Applicant == Domain.Applicant.EnforcementTransfer)
        {
            errors.Add("applicant", "validation.applicant_transfer");
        }
        else if (Transfer is null && ReceivedOn is not null && Applicant is null)
        {
            errors.Add("applicant", "validation.applicant_required");
        }

        if (PrePackagedFrom is not null && Procedure != Domain.Procedure.ApplicationReview)
        {
            errors.Add("prePackagedFrom", "validation.pre_packaged_before_acceptance");
        }
    }
}

/// <summary>Registers a case with its debtors (the API and the page): the case and its <see cref="CaseRegistered"/> commit together.</summary>
internal sealed class RegisterCase(
    IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant, IHolidayCalendar calendar, CourtJudges judges)
{
    public async Task<Guid> HandleAsync(RegisterCaseRequest request, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(request.CaseNumber, out var number))
        {
            throw new InvalidOperationException("unvalidated case number");
        }

        if (!(await counties.CourtCodesAsync(tenant.Id!.Value, cancellationToken)).Contains(number!.CourtCode))
        {
            throw BusinessException.Rule("cases.court_not_in_county", number.CourtCode);
        }

        var debtors = request.Debtors!;
        for (var i = 0; i < debtors.Count; i++)
        {
            if (!Uscc.CheckCharacterMatches(debtors[i].Uscc!) && string.IsNullOrWhiteSpace(debtors[i].UsccOverrideReason))
            {
                throw BusinessException.Rule("cases.uscc_check_failed", i + 1);
            }
        }

        var db = outbox.DbContext;
        var text = number.ToString();
        if (await db.Cases.AnyAsync(c => c.CaseNumber == text, cancellationToken))
        {
            throw BusinessException.Conflict("cases.case_number_taken");
        }

        var transfer = request.Transfer is { } t
            ? new EnforcementTransfer(t.EnforcementCourt!.Trim(), t.EnforcementCaseNumber!.Trim(), t.DecisionNumber!.Trim(), t.DecidedOn!.Value)
            : null;
        var (presiding, panel) = await judges.ResolveAsync(request.PresidingJudgeId, request.PanelIds ?? [], defaultToMe: true, cancellationToken);
        var registered = new BankruptcyCase(number, request.Procedure!.Value, presiding, new CaseIntake(
            panel, request.FastTrack == true, request.ReceivedOn, transfer, request.PrePackagedFrom, request.Applicant));
        registered.StartReview(await calendar.GetAsync(cancellationToken));
        foreach (var d in debtors)
        {
            var overrideReason = Uscc.CheckCharacterMatches(d.Uscc!) ? null : d.UsccOverrideReason!.Trim();
            registered.AddDebtor(d.Name!.Trim(), d.Uscc!, overrideReason, d.RegisteredAddress?.Trim(), d.LegalRepresentative?.Trim());
        }

        db.Cases.Add(registered);
        await outbox.PublishAsync(new CaseRegistered(registered.Id, registered.CaseNumber, registered.Procedure.ToString()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return registered.Id;
    }
}
