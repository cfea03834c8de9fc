namespace Liandong.Bankruptcy.Credit.Contracts;

/// <summary>The Credit module's permission names (definitions live in the module).</summary>
public static class CreditPermissions
{
    /// <summary>See a case's credit file: the repair applications, each target unit's measure with its history.</summary>
    public const string View = "Credit.Cases";

    /// <summary>File a repair application (the administrator, also on the reorganized company's behalf).</summary>
    public const string Apply = "Credit.Cases.Apply";

    /// <summary>Decide on the measures of the user's own unit (repaired or refused; a reversal carried out).</summary>
    public const string Decide = "Credit.Cases.Decide";
}
