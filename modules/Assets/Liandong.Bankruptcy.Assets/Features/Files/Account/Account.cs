using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files.Account;

internal sealed record RequestAccountRequest(DateOnly? RequestedOn) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("requestedOn", RequestedOn);
}

/// <summary>The bank is asked to open the administrator's account, as its item (due the next working day).</summary>
internal sealed class RequestAccount(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, RequestAccountRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.RequestedOn!.Value;
        clock.NotInFuture(on, "requestedOn");
        file.RequestAccount(on).OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await outbox.AccountAsync(caseId, on, file.AccountRequests);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}

/// <summary>The account as opened: the bank, the account number, the day.</summary>
internal sealed record OpenAccountRequest(string? Bank, string? Number, DateOnly? OpenedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("bank", Bank, 100);
        errors.RequiredText("number", Number, 40);
        if (Number is { } n && !string.IsNullOrWhiteSpace(n) && !n.Trim().All(c => char.IsAsciiDigit(c) || c == '-' || c == ' '))
        {
            errors.Add("number", "validation.invalid_value");
        }

        errors.RequiredDate("openedOn", OpenedOn);
    }
}

/// <summary>The administrator's account recorded as opened (one per case); the bank's item answered.</summary>
internal sealed class OpenAccount(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, OpenAccountRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.OpenedOn!.Value;
        clock.NotInFuture(on, "openedOn");
        file.OpenAccount(request.Bank!.Trim(), request.Number!.Trim(), on).OrRefuse(file.AcceptedOn.GetValueOrDefault());
        if (file.AccountRequests > 0)
        {
            await outbox.AnswerAsync(caseId, AssetItems.AccountKind, on, $"已开立管理人账户（{file.AccountBank}）");
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}

/// <summary>
/// A receipt or a payment: amount (above 0, to the cent), day, counterparty, purpose; a payment names the approval it
/// needs — none, the court's (the number of the Cases request, 请示), the creditors' committee's consent (its document).
/// </summary>
internal sealed record AddEntryRequest(
    EntryDirection? Direction, decimal? Amount, DateOnly? On, string? Counterparty, string? Purpose, PaymentApproval? Approval, int? RequestNumber, string? Consent) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("direction", Direction);
        if (Amount is not > 0)
        {
            errors.Add("amount", "validation.amount");
        }

        Register.AssetRequest.Money(errors, "amount", Amount);
        errors.RequiredDate("on", On);
        errors.RequiredText("counterparty", Counterparty, AccountEntry.MaxText);
        errors.RequiredText("purpose", Purpose, AccountEntry.MaxText);
        if (Approval is { } approval && !Enum.IsDefined(approval))
        {
            errors.Add("approval", "validation.invalid_value");
        }

        if (Direction == EntryDirection.Receipt && Approval is not (null or PaymentApproval.None))
        {
            errors.Add("approval", "assets.receipt_needs_no_approval");
        }

        if (Approval == PaymentApproval.Court && RequestNumber is not > 0)
        {
            errors.Add("requestNumber", "validation.required");
        }

        if (Approval == PaymentApproval.CreditorsCommittee)
        {
            errors.RequiredText("consent", Consent, AccountEntry.MaxText);
        }
    }
}

/// <summary>
/// An entry of the administrator's account. A payment needing the court's approval names its Cases request: booked at
/// once when approved, otherwise kept awaiting approval (not payable, out of the balance) — a request the case has not is
/// 422; the committee's consent exists only once the first creditors' meeting has voted (art. 67).
/// </summary>
internal sealed class AddEntry(AssetsDbContext db, AssetFileReader files, ICaseQueries cases, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, AddEntryRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.On!.Value);
        var approval = request.Direction == EntryDirection.Payment ? request.Approval ?? PaymentApproval.None : PaymentApproval.None;
        var approved = approval switch
        {
            PaymentApproval.Court => await CourtApprovedAsync(cases, caseId, request.RequestNumber!.Value, cancellationToken),
            PaymentApproval.CreditorsCommittee => true,
            _ => false,
        };
        var committee = approval == PaymentApproval.CreditorsCommittee && await cases.FirstVoteOnAsync(caseId, cancellationToken) is not null;
        var line = new EntryLine(request.Direction!.Value, request.Amount!.Value, request.On.Value, request.Counterparty!.Trim(), request.Purpose!.Trim());
        file.AddEntry(line, approval, approval == PaymentApproval.Court ? request.RequestNumber : null, approval == PaymentApproval.CreditorsCommittee ? request.Consent!.Trim() : null,
            approved, committee).Outcome.OrRefuse(file.AccountOpenedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Whether the case's request of that number is approved; 422 when the case has no such request.</summary>
    public static async Task<bool> CourtApprovedAsync(ICaseQueries cases, Guid caseId, int number, CancellationToken cancellationToken) =>
        await cases.RequestStatusAsync(caseId, number, cancellationToken) switch
        {
            null => throw new BusinessException("assets.no_such_request", 422, number),
            var status => status == "Approved",
        };
}

internal sealed record BookEntryRequest(DateOnly? BookedOn) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("bookedOn", BookedOn);
}

/// <summary>A payment that waited for the court: paid once its request is approved (409 while it is not), if the balance covers it.</summary>
internal sealed class BookEntry(AssetsDbContext db, AssetFileReader files, ICaseQueries cases, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, BookEntryRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.BookedOn!.Value, "bookedOn");
        var entry = file.Entries.SingleOrDefault(e => e.Number == number) ?? throw new BusinessException("assets.no_such_entry", 404);
        var approved = entry.RequestNumber is { } requestNumber && await AddEntry.CourtApprovedAsync(cases, caseId, requestNumber, cancellationToken);
        file.BookEntry(number, request.BookedOn.Value, approved).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The bank's statement imported and reconciled against the entries (lines imported before are skipped).</summary>
internal sealed class ImportStatement(AssetsDbContext db, AssetFileReader files)
{
    public async Task HandleAsync(Guid caseId, uint expected, IReadOnlyList<(DateOnly On, EntryDirection Direction, decimal Amount, string? Counterparty, string? Memo)> lines,
        CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.ImportStatement(lines).Outcome.OrRefuse(AssetFile.MaxStatementLines);
        await db.SaveChangesAsync(cancellationToken);
    }
}
