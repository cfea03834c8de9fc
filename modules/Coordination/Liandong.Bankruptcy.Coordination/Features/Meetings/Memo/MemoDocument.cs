using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Memo;

/// <summary>The memo and the state of its items, as a Word document for the leadership group and the member units.</summary>
internal static class MemoDocument
{
    /// <summary>The memo as headings, paragraphs and the decisions' table (the printable page shows the same).</summary>
    public static IEnumerable<DocBlock> Blocks(MeetingDto m, DateOnly today)
    {
        yield return new DocBlock.Paragraph($"会议日期：{m.HeldOn:yyyy-MM-dd}　参会单位：{string.Join("、", m.Attendees.Select(a => a.Name))}");
        if (m.Cases.Count > 0)
        {
            yield return new DocBlock.Paragraph($"涉及案件：{string.Join("、", m.Cases.Select(c => c.Number))}");
        }

        yield return new DocBlock.Heading("一、会议议定");
        yield return new DocBlock.Paragraph(m.Memo ?? "");
        yield return new DocBlock.Heading("二、议定事项办理情况");
        yield return new DocBlock.Table([
            ["序号", "事项", "责任单位", "办理期限", "状态", "办理结果"],
            .. m.Decisions.Select(d => (IReadOnlyList<string>)[d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Text, d.UnitName,
                d.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", StatusText(d, today), d.Result ?? ""]),
        ]);
        if (m.SentUpOn is { } up)
        {
            yield return new DocBlock.Paragraph($"已于{up:yyyy年M月d日}呈送领导小组审阅" + (m.CirculatedOn is { } c ? $"，{c:yyyy年M月d日}通报各成员单位。" : "。"));
        }
    }

    private static string StatusText(DecisionDto d, DateOnly today) => d.Status switch
    {
        ItemStatus.Completed => d.CompletedOn <= d.DueOn ? "按期办结" : "逾期办结",
        ItemStatus.Returned => "已退回",
        _ when d.DueOn < today => "逾期未办结",
        _ => "办理中",
    };
}
