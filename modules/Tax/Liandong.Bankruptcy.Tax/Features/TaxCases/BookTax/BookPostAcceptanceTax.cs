using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.BookTax;

internal sealed record BookTaxRequest(
    PostAcceptanceSource? Source, string? TaxType, decimal? Amount, DateOnly? ArisingOn, string? InvoiceNumber = null, string? Description = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("source", Source);
        errors.RequiredText("taxType", TaxType, TaxClaimLine.MaxTaxType);
        errors.Amount("amount", Amount, required: true);
        if (Amount == 0)
        {
            errors.Add("amount", "validation.amount");
        }

        errors.RequiredDate("arisingOn", ArisingOn);
        errors.OptionalText("invoiceNumber", InvoiceNumber, 40);
        errors.OptionalText("description", Description, 500);
    }
}

/// <summary>
/// The administrator books a tax that arose after acceptance, with the invoice it issued in the debtor's name under its
/// seal: on selling assets a bankruptcy expense (EBL art. 41), on continued operation a common-benefit debt (art. 42),
/// paid as they fall due, never a claim. <see cref="PostAcceptanceTaxBooked"/> commits with it, for the distribution.
/// </summary>
internal sealed class BookPostAcceptanceTax(IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, BookTaxRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.ArisingOn!.Value, "arisingOn");
        var entry = new PostAcceptanceTax(caseId, request.Source!.Value, request.TaxType!.Trim(), request.Amount!.Value, request.ArisingOn.Value,
            string.IsNullOrWhiteSpace(request.InvoiceNumber) ? null : request.InvoiceNumber.Trim(),
            string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim());
        file.Book(entry).OrRefuse(TaxFileSteps.Iso(file.AcceptedOn));
        await outbox.PublishAsync(new PostAcceptanceTaxBooked(caseId, entry.Id, entry.Class, entry.Amount, entry.ArisingOn));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
