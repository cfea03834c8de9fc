namespace Liandong.Bankruptcy.Assets.Contracts;

/// <summary>The Assets module's permission names (definitions live in the module).</summary>
public static class AssetsPermissions
{
    /// <summary>See a case's asset file: takeover, register, inquiries, seizures, realization, the administrator's account.</summary>
    public const string View = "Assets.Cases";

    /// <summary>Work the estate (the administrator; the judge): take over, record assets and seizures, ask for liftings, realize, keep the account.</summary>
    public const string Manage = "Assets.Cases.Manage";

    /// <summary>Send the one-window asset inquiry (查人找物) to the registries (the judge, the administrator).</summary>
    public const string Inquire = "Assets.Cases.Inquire";

    /// <summary>Answer an inquiry addressed to the user's own unit (registration centre, public security, market regulation, banks, provident fund).</summary>
    public const string Answer = "Assets.Cases.Answer";

    /// <summary>The court's decisions on the estate's distribution: the administrator's fee scheme and its adjustment, confirming an adopted distribution plan (the judge).</summary>
    public const string Rule = "Assets.Cases.Rule";

    /// <summary>Decide and pay applications to the fee-guarantee fund (the finance unit).</summary>
    public const string Fund = "Assets.Cases.Fund";

    /// <summary>The county's distribution settings: the provincial move of the fee caps, tax before a mortgage (the county's administrator).</summary>
    public const string Settings = "Assets.Settings";
}
