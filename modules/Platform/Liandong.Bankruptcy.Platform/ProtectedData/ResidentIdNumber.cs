namespace Liandong.Bankruptcy.Platform.ProtectedData;

/// <summary>Resident ID number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check character (X for 10).</summary>
public static class ResidentIdNumber
{
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static bool IsValid(string? value)
    {
        if (value is null || value.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }

            sum += (value[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(value[17]) == CheckCharacters[sum % 11];
    }
}
