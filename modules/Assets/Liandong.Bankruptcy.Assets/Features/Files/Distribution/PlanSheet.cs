namespace Liandong.Bankruptcy.Assets.Features.Files.Distribution;

/// <summary>A plan version as a spreadsheet to publish: one row per claim line, then the expenses, then the totals; personal data masked.</summary>
internal static class PlanSheet
{
    private static readonly Dictionary<string, string> Classes = new()
    {
        ["Secured"] = "有财产担保债权", ["Employee"] = "第一顺序（职工债权）", ["TaxAndSocialInsurance"] = "第二顺序（社保及税款）",
        ["Ordinary"] = "第三顺序（普通债权）", ["Subordinated"] = "劣后债权",
    };

    public static IReadOnlyList<IReadOnlyList<KeyValuePair<string, object?>>> Export(PlanDto plan)
    {
        var a = plan.Arithmetic;
        var rows = a.Lines.Select(l => Row(l.Number, l.Creditor, l.CreditorKey, Classes[l.Class.ToString()], l.Amount, l.Paid, l.Reserved)).ToList();
        rows.AddRange(a.Expenses.Select(e => Row(null, e.Description, "", e.Kind == Domain.Distribution.ExpenseKind.BankruptcyExpense ? "破产费用" : "共益债务", e.Amount, e.Paid, 0m)));
        rows.Add(Row(null, "合计", "", $"可供分配 {a.Available:N2}，剩余 {a.Remaining:N2}", a.Lines.Sum(l => l.Amount) + a.Expenses.Sum(e => e.Amount), a.Paid, a.Reserved));
        return rows;
    }

    private static IReadOnlyList<KeyValuePair<string, object?>> Row(int? number, string creditor, string id, string @class, decimal amount, decimal paid, decimal reserved) =>
    [
        new("债权编号", number), new("债权人", creditor), new("证件号码", id), new("清偿顺序", @class), new("债权金额", amount), new("分配金额", paid),
        new("提存金额", reserved), new("清偿比例", amount == 0 ? null : decimal.Round((paid + reserved) / amount * 100m, 2, MidpointRounding.AwayFromZero)),
    ];
}
