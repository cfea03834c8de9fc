namespace Liandong.Bankruptcy.Deregistration.Contracts;

/// <summary>The Deregistration module's permission names (definitions live in the module).</summary>
public static class DeregistrationPermissions
{
    /// <summary>See a case's registration file: the status publications, registration changes and, after a terminated liquidation, the closing steps.</summary>
    public const string View = "Deregistration.Cases";

    /// <summary>The administrator's steps: apply for deregistration with the termination ruling, flag and record customs, apply for registration changes.</summary>
    public const string Administer = "Deregistration.Cases.Administer";

    /// <summary>Market regulation's steps: record a status publication, register a change, check a debtor before a simplified deregistration.</summary>
    public const string Register = "Deregistration.Cases.Register";
}
