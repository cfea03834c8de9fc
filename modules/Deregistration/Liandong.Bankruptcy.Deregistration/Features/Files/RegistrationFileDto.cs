using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>A case's registration file as its GET (and every step's answer) shows it.</summary>
internal sealed record RegistrationFileDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string? DebtorUscc, string State, DateOnly? AcceptedOn, ClosingDto Closing,
    IReadOnlyList<StatusPublicationDto> Publications, IReadOnlyList<RegistrationChangeDto> Changes, uint Version) : IVersioned
{
    public static RegistrationFileDto From(RegistrationFile f) => new(
        f.Id, f.CaseNumber, f.DebtorName, f.DebtorUscc, f.State, f.AcceptedOn,
        new ClosingDto(f.TerminatedOn, f.TerminationBasis, f.ApplicationDue, f.Registry, f.CustomsRegistered, f.CompletedOn,
            [.. f.Steps.OrderBy(s => s.Kind).Select(s => new ClosingStepDto(s.Kind.ToString(), s.DoneOn, s.Result))]),
        [.. f.Publications.OrderBy(p => p.StepOn).ThenBy(p => p.Id).Select(p => new StatusPublicationDto(p.Id, p.Step, p.ToState, p.StepOn, p.Due, p.PublishedOn))],
        [.. f.Changes.OrderBy(c => c.Number).Select(c => new RegistrationChangeDto(
            c.Id, c.Number, c.Kind.ToString(), c.Description, c.Basis.ToString(), c.ConsentDocument, c.AppliedOn, c.RegisteredOn))],
        f.Version);
}

/// <summary>
/// The closing after a terminated liquidation (empty <c>Steps</c> otherwise): the ruling, the application's last day
/// (art. 121), the customs flag, each step with its date and result, and the day the last was done.
/// </summary>
internal sealed record ClosingDto(
    DateOnly? TerminatedOn, string? Basis, DateOnly? ApplicationDue, string? Registry, bool CustomsRegistered, DateOnly? CompletedOn,
    IReadOnlyList<ClosingStepDto> Steps);

internal sealed record ClosingStepDto(string Kind, DateOnly? DoneOn, string? Result);

internal sealed record StatusPublicationDto(Guid Id, string Step, string ToState, DateOnly StepOn, DateOnly Due, DateOnly? PublishedOn);

internal sealed record RegistrationChangeDto(
    Guid Id, int Number, string Kind, string Description, string Basis, string? ConsentDocument, DateOnly AppliedOn, DateOnly? RegisteredOn);

/// <summary>A row of the registration files list: the closing's progress, the publications and changes still open.</summary>
internal sealed record RegistrationFileSummaryDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string State, DateOnly? TerminatedOn, int StepsDone, int Steps, DateOnly? CompletedOn,
    int PublicationsOpen, int ChangesOpen);
