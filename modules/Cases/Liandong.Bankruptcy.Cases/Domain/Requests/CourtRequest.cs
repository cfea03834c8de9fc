using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Cases.Domain.Requests;

/// <summary>
/// The administrator's request to the court (请示) and the judge's reply (批复): selling assets, continuing the business,
/// paying an expense, an act before the first creditors' meeting (art. 26). Both see the thread; other modules can ask
/// whether a case has an approved request of a kind (<c>ICaseQueries.HasApprovedRequestAsync</c>).
/// </summary>
internal sealed class CourtRequest : AggregateRoot, ITenantOwned
{
    private CourtRequest()
    {
    }

    public CourtRequest(Guid caseId, int number, RequestKind kind, string subject, string text, DateOnly requestedOn, Guid? by)
    {
        CaseId = caseId;
        Number = number;
        Kind = kind;
        Subject = subject;
        Text = text;
        RequestedOn = requestedOn;
        RequestedBy = by;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public RequestKind Kind { get; private set; }

    public string Subject { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateOnly RequestedOn { get; private set; }

    public Guid? RequestedBy { get; private set; }

    public RequestStatus Status { get; private set; }

    public string? Reply { get; private set; }

    public DateOnly? RepliedOn { get; private set; }

    public Guid? RepliedBy { get; private set; }

    /// <summary>The judge's reply, once; not before the request.</summary>
    public RequestOutcome Answer(bool approved, string reply, DateOnly on, Guid? by)
    {
        if (Status != RequestStatus.Pending)
        {
            return RequestOutcome.Answered;
        }

        if (on < RequestedOn)
        {
            return RequestOutcome.BeforeRequest;
        }

        (Status, Reply, RepliedOn, RepliedBy) = (approved ? RequestStatus.Approved : RequestStatus.Rejected, reply, on, by);
        Touch();
        return RequestOutcome.Done;
    }
}

public enum RequestKind
{
    SellAssets,        // 变价出售财产
    ContinueBusiness,  // 继续营业 (art. 26, before the first meeting)
    PayExpense,        // 支付费用
    ActBeforeFirstMeeting, // other acts of art. 69 before the first meeting (art. 26)
    Other,
}

public enum RequestStatus
{
    Pending,
    Approved,
    Rejected,
}

public enum RequestOutcome
{
    Done,
    [Refusal(409, "cases.request_answered")]
    Answered,
    [Refusal(422, "cases.reply_before_request")]
    BeforeRequest,
}
