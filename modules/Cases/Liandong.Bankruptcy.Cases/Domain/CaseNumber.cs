using System.Globalization;
using System.Text.RegularExpressions;

namespace Liandong.Bankruptcy.Cases.Domain;

/// <summary>The procedure a case-number type code names (SPC case-number rules, in force since 2016).</summary>
public enum CaseType
{
    ApplicationReview,   // 破申
    Bankruptcy,          // 破
    Appeal,              // 破终
    Supervision,         // 破监
    ForcedLiquidationApplication, // 清申
    ForcedLiquidationAppeal,      // 清终
    ForcedLiquidationSupervision, // 清监
    ForcedLiquidation,   // 强清
}

/// <summary>
/// A case number (案号): (year) + court code + type code + sequence + 号, with an optional 之N suffix, e.g.
/// (2021)豫0902破申1号, (2022)豫09破终1号之一. Full-width brackets are accepted and written half-width.
/// </summary>
public sealed partial record CaseNumber(int Year, string CourtCode, CaseType Type, int Sequence, string? Suffix)
{
    private static readonly Dictionary<string, CaseType> Types = new()
    {
        ["破申"] = CaseType.ApplicationReview,
        ["破终"] = CaseType.Appeal,
        ["破监"] = CaseType.Supervision,
        ["破"] = CaseType.Bankruptcy,
        ["清申"] = CaseType.ForcedLiquidationApplication,
        ["清终"] = CaseType.ForcedLiquidationAppeal,
        ["清监"] = CaseType.ForcedLiquidationSupervision,
        ["强清"] = CaseType.ForcedLiquidation,
    };

    public string TypeCode => Types.First(t => t.Value == Type).Key;

    public override string ToString() =>
        $"({Year.ToString(CultureInfo.InvariantCulture)}){CourtCode}{TypeCode}{Sequence.ToString(CultureInfo.InvariantCulture)}号{Suffix}";

    public static bool TryParse(string? text, out CaseNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text.Trim().Replace('（', '(').Replace('）', ')'));
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var sequence = int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture);
        if (year < 1986 || sequence < 1) // the Enterprise Bankruptcy Law (trial) dates from 1986
        {
            return false;
        }

        number = new CaseNumber(year, match.Groups["court"].Value, Types[match.Groups["type"].Value], sequence,
            match.Groups["suffix"].Success ? match.Groups["suffix"].Value : null);
        return true;
    }

    [GeneratedRegex(@"^\((?<year>\d{4})\)(?<court>\p{IsCJKUnifiedIdeographs}\d{2,4})(?<type>破申|破终|破监|清申|清终|清监|强清|破)(?<seq>\d{1,6})号(?<suffix>之[一二三四五六七八九十]+)?$")]
    private static partial Regex Pattern();
}
