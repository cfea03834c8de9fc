namespace Liandong.Bankruptcy.Platform.Domain;

/// <summary>
/// Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 A-H J-N P-R T U W-Y, the last a
/// check character. Some codes issued in the past fail the check: that is a warning a user may override with a
/// reason; a malformed code is an error.
/// </summary>
public static class Uscc
{
    private const string Characters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsWellFormed(string? code) =>
        code is { Length: 18 } && code.All(c => Characters.Contains(c, StringComparison.Ordinal));

    /// <summary>Whether the 18th character is the check character of the first 17 (the code must be well formed).</summary>
    public static bool CheckCharacterMatches(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Characters.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        return Characters[(31 - (sum % 31)) % 31] == code[17];
    }
}
