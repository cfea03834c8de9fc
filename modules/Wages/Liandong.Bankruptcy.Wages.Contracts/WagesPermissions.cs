namespace Liandong.Bankruptcy.Wages.Contracts;

/// <summary>The Wages module's permission names (definitions live in the module).</summary>
public static class WagesPermissions
{
    /// <summary>See a case's employee claims list (ID numbers masked).</summary>
    public const string View = "Wages.Cases";

    /// <summary>The administrator's steps: make the list (by hand or spreadsheet), set the company's average wage, publish it.</summary>
    public const string Administer = "Wages.Cases.Administer";

    /// <summary>Record a wage-guarantee advance paid to an employee (human resources and social security).</summary>
    public const string Advance = "Wages.Cases.Advance";

    /// <summary>Verify the list's amounts, confirming or correcting each employee (human resources and social security; medical insurance for the medical subsidies).</summary>
    public const string Verify = "Wages.Cases.Verify";

    /// <summary>The county's wage-guarantee rules, each effective from a date (human resources and social security, the administrator of the county).</summary>
    public const string Rules = "Wages.Rules";
}
