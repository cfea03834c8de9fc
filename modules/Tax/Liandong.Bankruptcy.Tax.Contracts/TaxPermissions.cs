namespace Liandong.Bankruptcy.Tax.Contracts;

/// <summary>The Tax module's permission names (definitions live in the module).</summary>
public static class TaxPermissions
{
    /// <summary>See a case's tax file: claims and their review, preservation, abnormal-taxpayer status, clearance, credit repair.</summary>
    public const string View = "Tax.Cases";

    /// <summary>The tax bureau's steps: declare claims (and supplementary ones), lift preservation and the abnormal status, issue the clearance document, decide on credit repair.</summary>
    public const string Declare = "Tax.Cases.Declare";

    /// <summary>The administrator's steps: review the bureau's claim lines, report the missing returns filed, book taxes arising after acceptance, request credit repair.</summary>
    public const string Administer = "Tax.Cases.Administer";

    /// <summary>The county's tax settings (the class of social-insurance late fees and fines; the bureau's creditor code).</summary>
    public const string Settings = "Tax.Settings";
}
