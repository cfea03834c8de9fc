using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain.Publications;

/// <summary>
/// Something the court or the administrator must publish (domain.md, "Deregistration and registration changes"): on the
/// national bankruptcy information network (全国企业破产重整案件信息网) the acceptance announcement and each ruling, and
/// for a reorganization the investor recruitment; on the national enterprise credit publicity system an entry within 10
/// days of each procedural step (local practice). Tracked with its due date and a text prepared for copying, then
/// marked published with the date.
/// </summary>
internal sealed class PublicationDuty : AggregateRoot, ITenantOwned
{
    private PublicationDuty()
    {
    }

    public PublicationDuty(Guid caseId, PublicationKind kind, Publisher publisher, PublicationChannel channel, string text, DateOnly startsOn, DateOnly? dueOn)
    {
        CaseId = caseId;
        Kind = kind;
        Publisher = publisher;
        Channel = channel;
        Text = text;
        StartsOn = startsOn;
        DueOn = dueOn;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public PublicationKind Kind { get; private set; }

    public Publisher Publisher { get; private set; }

    public PublicationChannel Channel { get; private set; }

    /// <summary>The text prepared for copying into the network's form.</summary>
    public string Text { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly? DueOn { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public bool Published => PublishedOn is not null;

    public PublicationOutcome MarkPublished(DateOnly on)
    {
        if (PublishedOn is not null)
        {
            return PublicationOutcome.AlreadyPublished;
        }

        if (on < StartsOn)
        {
            return PublicationOutcome.BeforeStart;
        }

        PublishedOn = on;
        Touch();
        return PublicationOutcome.Done;
    }

    /// <summary>The duties a step of the case starts (its ruling's date), with the texts prepared from the case.</summary>
    public static IEnumerable<PublicationDuty> For(BankruptcyCase c, CaseAction action, Ruling ruling, WorkingCalendar calendar)
    {
        var heading = Heading(c);
        if (action is CaseAction.AcceptLiquidation or CaseAction.AcceptReorganization or CaseAction.AcceptComposition)
        {
            var announcement = c.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.Announcement)?.Due;
            yield return new PublicationDuty(c.Id, PublicationKind.AcceptanceAnnouncement, Publisher.Court, PublicationChannel.BankruptcyNetwork,
                $"{heading}：本院于{ruling.Date:yyyy年M月d日}以{ruling.Number}裁定受理。", ruling.Date, announcement);
        }
        else if (action is not (CaseAction.AppointAdministrator or CaseAction.AppointInterimAdministrator or CaseAction.RequestTermination))
        {
            yield return new PublicationDuty(c.Id, PublicationKind.Ruling, Publisher.Court, PublicationChannel.BankruptcyNetwork,
                $"{heading}：{ruling.Kind}（{ruling.Number}，{ruling.Date:yyyy-MM-dd}）。", ruling.Date, null);
        }

        if (action is CaseAction.AcceptReorganization or CaseAction.ConvertToReorganization)
        {
            yield return new PublicationDuty(c.Id, PublicationKind.InvestorRecruitment, Publisher.Administrator, PublicationChannel.BankruptcyNetwork,
                $"{heading}：重整投资人招募公告。", ruling.Date, null);
        }

        if (action != CaseAction.RequestTermination)
        {
            yield return new PublicationDuty(c.Id, PublicationKind.CreditPublicityEntry, Publisher.Administrator, PublicationChannel.EnterpriseCreditPublicity,
                $"{heading}：{ruling.Kind}（{ruling.Date:yyyy-MM-dd}）。", ruling.Date,
                DeadlineCalculator.Compute(ruling.Date, Period.Days(10), calendar).Date);
        }
    }

    /// <summary>
    /// The notice of a meeting after the first (the first is in the court's acceptance announcement, art. 14): out at
    /// least 15 days before it (art. 63).
    /// </summary>
    public static PublicationDuty MeetingNotice(BankruptcyCase c, Meetings.CreditorsMeeting meeting) =>
        new(c.Id, PublicationKind.MeetingNotice, Publisher.Administrator, PublicationChannel.BankruptcyNetwork,
            $"{Heading(c)}：定于{meeting.HeldOn:yyyy年M月d日}召开第{meeting.Number}次债权人会议。", meeting.NoticeSentOn,
            meeting.HeldOn.AddDays(-Meetings.CreditorsMeeting.NoticeDays));

    /// <summary>Creditors who voted remotely are told the result within 3 days (Interpretation III art. 11).</summary>
    public static PublicationDuty MeetingResult(BankruptcyCase c, Meetings.CreditorsMeeting meeting, Meetings.MeetingResolution resolution) =>
        new(c.Id, PublicationKind.MeetingResult, Publisher.Administrator, PublicationChannel.RemoteVoters,
            $"{Heading(c)}：第{meeting.Number}次债权人会议表决事项“{resolution.Title}”{(resolution.Adopted == true ? "通过" : "未通过")}（{resolution.ClosedOn:yyyy-MM-dd}）。",
            resolution.ClosedOn!.Value, resolution.ResultNoticeDue);

    /// <summary>The court's ruling confirming claims of the register (art. 58), published once per ruling date.</summary>
    public static PublicationDuty ClaimsNotice(BankruptcyCase c, DateOnly ruledOn) =>
        new(c.Id, PublicationKind.ClaimsNotice, Publisher.Court, PublicationChannel.BankruptcyNetwork,
            $"{Heading(c)}：本院于{ruledOn:yyyy年M月d日}裁定确认无异议债权。", ruledOn, null);

    private static string Heading(BankruptcyCase c) => $"{c.CaseNumber} {c.Debtors.OrderBy(d => d.Position).Select(d => d.Name).FirstOrDefault()}".TrimEnd();
}

public enum PublicationKind
{
    AcceptanceAnnouncement,
    Ruling,
    ClaimsNotice,
    MeetingNotice,
    MeetingResult,
    InvestorRecruitment,
    CreditPublicityEntry,
}

public enum Publisher
{
    Court,
    Administrator,
}

public enum PublicationChannel
{
    BankruptcyNetwork,          // 全国企业破产重整案件信息网
    EnterpriseCreditPublicity,  // 国家企业信用信息公示系统
    RemoteVoters,               // told in writing (书面告知以非现场方式表决的债权人)
}

public enum PublicationOutcome
{
    Done,
    [Refusal(409, "cases.already_published")]
    AlreadyPublished,
    [Refusal(422, "cases.published_before_start")]
    BeforeStart,
}
