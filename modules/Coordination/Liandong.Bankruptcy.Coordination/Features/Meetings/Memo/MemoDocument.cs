using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Memo;

/// <summary>
/// The memo as the leadership group's office files it: a 会议纪要 in the GB/T 9704 layout (the office's red mark, the
/// 文号, 主送 the units at the meeting, the text and the decisions with what became of them, 出席, 抄送 the group's
/// leaders and the units given a decision without attending, the 印发 line). The Word download and the print page
/// show this one document.
/// </summary>
internal static class MemoDocument
{
    /// <summary>
    /// Who issues the county's memos: its leadership group's office (the unit of that kind) by its name without the note
    /// of where it sits ("…办公室（司法局）" signs as "…办公室"), or the office by its title.
    /// </summary>
    public static async Task<string> OfficeAsync(IUnitDirectory units, CancellationToken cancellationToken)
    {
        var name = (await units.ActiveAsync(UnitKind.LeadershipGroupOffice, cancellationToken)).Select(u => u.Name).FirstOrDefault() ?? "府院联动工作领导小组办公室";
        var note = name.IndexOf('（', StringComparison.Ordinal);
        return note > 0 && name.EndsWith('）') ? name[..note] : name;
    }

    /// <summary>The memo's title: the meeting's name with 纪要 ("…协调会" → "…协调会纪要", "…会议" → "…会议纪要"), else "…会议纪要".</summary>
    public static string Title(string topic) => topic.EndsWith('会') || topic.EndsWith("会议", StringComparison.Ordinal) ? topic + "纪要" : topic + "会议纪要";

    public static OfficialDocument Official(MeetingDto m, string office, DateOnly today)
    {
        var attending = m.Attendees.Select(a => a.UnitId).ToHashSet();
        var absentButCharged = m.Decisions.Where(d => !attending.Contains(d.UnitId)).Select(d => d.UnitName).Distinct();
        return new OfficialDocument(
            $"{office}会议纪要",
            m.MemoNumber,
            Title(m.Topic),
            m.Attendees.Count > 0 ? string.Join("、", m.Attendees.Select(a => a.Name)) : null,
            [.. Blocks(m, office, today)],
            m.MemoOn ?? m.HeldOn,
            string.Join("，", absentButCharged.Prepend("领导小组组长、副组长")),
            office,
            m.CirculatedOn ?? m.SentUpOn ?? m.MemoOn ?? m.HeldOn);
    }

    /// <summary>The memo's text: when and who met on what, the memo, the decisions with their state, who attended.</summary>
    public static IEnumerable<DocBlock> Blocks(MeetingDto m, string office, DateOnly today)
    {
        var kind = m.Kind == MeetingKind.LeadershipGroup ? "领导小组会议" : "专题协调会议";
        var cases = m.Cases.Count > 0 ? $"，涉及{string.Join("、", m.Cases.Select(c => c.Number))}" : "";
        yield return new DocBlock.Paragraph($"{OfficialDocument.Date(m.HeldOn)}，{office}召开{kind}，研究{m.Topic}{cases}。现将会议议定事项纪要如下：");
        yield return new DocBlock.Heading("一、会议议定");
        foreach (var line in (m.Memo ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return new DocBlock.Paragraph(line);
        }

        yield return new DocBlock.Heading("二、议定事项及办理情况");
        yield return new DocBlock.Table([
            ["序号", "事项", "责任单位", "办理期限", "状态", "办理结果"],
            .. m.Decisions.Select(d => (IReadOnlyList<string>)[d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Text, d.UnitName,
                d.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", StatusText(d, today), d.Result ?? ""]),
        ]);
        if (m.SentUpOn is { } up)
        {
            yield return new DocBlock.Paragraph($"本纪要已于{OfficialDocument.Date(up)}呈送领导小组审阅" + (m.CirculatedOn is { } c ? $"，{OfficialDocument.Date(c)}通报各成员单位。" : "。"));
        }

        yield return new DocBlock.Paragraph($"出席：{string.Join("、", m.Attendees.Select(a => a.Name))}");
    }

    private static string StatusText(DecisionDto d, DateOnly today) => d.Status switch
    {
        ItemStatus.Completed => d.CompletedOn <= d.DueOn ? "按期办结" : "逾期办结",
        ItemStatus.Returned => "已退回",
        _ when d.DueOn < today => "逾期未办结",
        _ => "办理中",
    };
}
