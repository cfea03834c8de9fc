using System.Globalization;

namespace Liandong.Bankruptcy.Platform.Localization;

/// <summary>zh-Hans first, English second.</summary>
public static class Cultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly IReadOnlyList<CultureInfo> Supported = [Chinese, English];
}
