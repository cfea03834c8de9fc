using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Credit.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Credit.Features.Files.Apply;

/// <summary>
/// Who applies (the administrator, or the reorganized company through it, by name), the basis documents (the approving
/// ruling, the plan or agreement …; 1 to 20), the targets (every applicable one when none is named) and the day.
/// </summary>
internal sealed record FileRepairApplicationRequest(
    CreditApplicant? Applicant, string? ApplicantName,
    [property: MaxItems(RepairApplication.MaxDocuments)] List<string>? Documents,
    [property: MaxItems(FileRepairApplicationRequest.MaxTargets)] List<CreditTarget>? Targets,
    DateOnly? FiledOn) : IValidatable
{
    public const int MaxTargets = 10;

    public void Validate(ValidationErrors errors)
    {
        errors.Defined("applicant", Applicant);
        errors.RequiredText("applicantName", ApplicantName, 200);
        var documents = Documents?.Where(d => !string.IsNullOrWhiteSpace(d)).ToList() ?? [];
        if (documents.Count == 0)
        {
            errors.Add("documents", "validation.required");
        }
        else if (documents.Any(d => d.Trim().Length > RepairApplication.MaxDocument))
        {
            errors.Add("documents", "validation.max_length", RepairApplication.MaxDocument);
        }

        if (Targets?.Any(t => !CreditTargets.Applicable.Contains(t)) == true)
        {
            errors.Add("targets", "validation.invalid_value");
        }

        errors.RequiredDate("filedOn", FiledOn);
    }
}

/// <summary>
/// One application, many doors: the administrator files one repair application with its basis documents after the court
/// approved the plan or composition (国办发〔2025〕22号), and it opens a measure at every target unit at once — each
/// its unit's coordination item — with <see cref="CreditRepairApplied"/> for Tax in the same transaction.
/// </summary>
internal sealed class FileRepairApplication(IDbContextOutbox<CreditDbContext> outbox, CreditFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, FileRepairApplicationRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.FiledOn!.Value;
        clock.NotInFuture(on, "filedOn");
        IReadOnlyList<CreditTarget> targets = request.Targets is { Count: > 0 } named ? named : CreditTargets.Applicable;
        var documents = request.Documents!.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList();
        var (outcome, opened) = file.FileApplication(request.Applicant!.Value, request.ApplicantName!.Trim(), documents, targets, on);
        outcome.OrRefuse(CreditItems.Iso(file.ApprovedOn), CreditFile.MaxApplications);
        await outbox.RequestAsync(caseId, opened, on);
        await outbox.PublishAsync(new CreditRepairApplied(caseId, [.. opened.Select(m => m.Target.ToString())], on));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
