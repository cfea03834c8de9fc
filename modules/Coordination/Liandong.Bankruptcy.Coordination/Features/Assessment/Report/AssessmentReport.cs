using System.Globalization;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.Report;

/// <summary>The figures as the page's table, the .xlsx rows and the circulated report (通报) as .docx.</summary>
internal static class AssessmentReport
{
    /// <summary>The figures as a table: a header row, a row per unit, the county's total.</summary>
    public static List<IReadOnlyList<string>> Table(AssessmentDto a)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        static string R(UnitFigures u) => u.Completed == 0 ? "" : (u.OnTime * 100m / u.Completed).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        static string H(UnitFigures u) => u.AverageWorkingDays?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";
        return
        [
            ["成员单位", "负责人", "交办", "办结", "按期办结", "逾期办结", "按期率", "期间逾期", "当前逾期", "退回", "平均办理工作日"],
            .. a.Units.Select(u => (IReadOnlyList<string>)[u.UnitName, u.AccountableHead ?? "", N(u.Assigned), N(u.Completed), N(u.OnTime), N(u.Late), R(u), N(u.WentOverdue), N(u.OverdueNow), N(u.Returned), H(u)]),
            ["合计", "", N(a.Total.Assigned), N(a.Total.Completed), N(a.Total.OnTime), N(a.Total.Late), R(a.Total), N(a.Total.WentOverdue), N(a.Total.OverdueNow), N(a.Total.Returned), H(a.Total)],
        ];
    }

    /// <summary>The half-yearly circulated report: the summary, the table, the commended and the units held accountable.</summary>
    public static IEnumerable<DocBlock> Blocks(AssessmentDto a)
    {
        var t = a.Total;
        yield return new DocBlock.Paragraph($"{a.From:yyyy年M月d日}至{a.To:yyyy年M月d日}，各成员单位共承办联动事项{t.Assigned}项，办结{t.Completed}项，其中按期办结{t.OnTime}项、逾期办结{t.Late}项；截至{a.Today:yyyy年M月d日}逾期未办结{t.OverdueNow}项；退回{t.Returned}项。");
        yield return new DocBlock.Heading("一、各成员单位办理情况");
        yield return new DocBlock.Table(Table(a));
        yield return new DocBlock.Heading("二、表扬");
        foreach (var r in t.Records.Where(r => r.Kind == AssessmentKind.Commendation))
        {
            yield return new DocBlock.Paragraph($"{r.UnitName}：{r.Reason}");
        }

        yield return new DocBlock.Heading("三、问责");
        foreach (var r in t.Records.Where(r => r.Kind == AssessmentKind.Accountability))
        {
            yield return new DocBlock.Paragraph($"{r.UnitName}：{r.Reason}");
        }
    }
}
