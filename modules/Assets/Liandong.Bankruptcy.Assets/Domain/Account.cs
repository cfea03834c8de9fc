using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Assets.Domain;

public enum EntryDirection
{
    Receipt,
    Payment,
}

/// <summary>Where an entry came from: by hand, a sale's price, proceeds handed over with a lifted seizure.</summary>
public enum EntrySource
{
    Manual,
    Sale,
    Lifting,
    Distribution, // a payout of a confirmed distribution plan, or a payout that came back
    Fund,         // the fee-guarantee fund's payment
}

/// <summary>Whose approval a payment needs: none, the court's (a Cases request, art. 26 before the first meeting), the creditors' committee's consent (art. 69).</summary>
public enum PaymentApproval
{
    None,
    Court,
    CreditorsCommittee,
}

public enum EntryStatus
{
    Booked,
    AwaitingApproval, // a payment the court has not approved yet: not payable, not in the balance
}

/// <summary>A movement of the administrator's account, in yuan to the cent.</summary>
internal sealed class AccountEntry : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private AccountEntry()
    {
    }

    public AccountEntry(Guid caseId, int number, EntryDirection direction, decimal amount, DateOnly on, string counterparty, string purpose, EntrySource source, int? sourceNumber) =>
        (CaseId, Number, Direction, Amount, On, Counterparty, Purpose, Source, SourceNumber) = (caseId, number, direction, amount, on, counterparty, purpose, source, sourceNumber);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public EntryDirection Direction { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly On { get; private set; }

    public string Counterparty { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public EntrySource Source { get; private set; }

    /// <summary>The sale's or the seizure's number, for entries made by them.</summary>
    public int? SourceNumber { get; private set; }

    public PaymentApproval Approval { get; private set; }

    /// <summary>The Cases request (请示) whose approval the payment waits for, by its number in the case.</summary>
    public int? RequestNumber { get; private set; }

    /// <summary>The creditors' committee's consent: its document.</summary>
    public string? Consent { get; private set; }

    public EntryStatus Status { get; private set; }

    /// <summary>The statement line it was reconciled with.</summary>
    public int? StatementLine { get; set; }

    /// <summary>The signed effect on the balance: a receipt adds, a payment takes; nothing while it awaits approval.</summary>
    public decimal Effect => Status != EntryStatus.Booked ? 0m : Direction == EntryDirection.Receipt ? Amount : -Amount;

    public void NeedsApproval(PaymentApproval approval, int? requestNumber, string? consent, bool approved) =>
        (Approval, RequestNumber, Consent, Status) = (approval, requestNumber, consent, approved ? EntryStatus.Booked : EntryStatus.AwaitingApproval);

    public void Book(DateOnly on) => (Status, On) = (EntryStatus.Booked, on);
}

/// <summary>A line of the bank's statement, as imported, and the entry it matched.</summary>
internal sealed class StatementLine : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private StatementLine()
    {
    }

    public StatementLine(Guid caseId, int number, DateOnly on, EntryDirection direction, decimal amount, string? counterparty, string? memo) =>
        (CaseId, Number, On, Direction, Amount, Counterparty, Memo) = (caseId, number, on, direction, amount, counterparty, memo);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public DateOnly On { get; private set; }

    public EntryDirection Direction { get; private set; }

    public decimal Amount { get; private set; }

    public string? Counterparty { get; private set; }

    public string? Memo { get; private set; }

    public int? EntryNumber { get; set; }

    public bool SameAs(StatementLine other) =>
        On == other.On && Direction == other.Direction && Amount == other.Amount && Counterparty == other.Counterparty && Memo == other.Memo;
}
