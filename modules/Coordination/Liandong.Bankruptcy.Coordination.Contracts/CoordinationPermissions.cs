namespace Liandong.Bankruptcy.Coordination;

/// <summary>The Coordination module's permission names (definitions live in the module).</summary>
public static class CoordinationPermissions
{
    /// <summary>See items: a member unit's officers see the items assigned to or raised by their unit; the court and the office see the county's.</summary>
    public const string Items = "Coordination.Items";

    /// <summary>Sign for, start, complete and return the unit's items; comment.</summary>
    public const string Work = "Coordination.Items.Work";

    /// <summary>Raise an item on a case (a judge, an administrator firm, a unit, the office).</summary>
    public const string Raise = "Coordination.Items.Raise";

    /// <summary>The office's oversight: every item of the county, reassignment, submitting non-routine items for consent.</summary>
    public const string Oversee = "Coordination.Items.Oversee";

    /// <summary>Record the leadership group's consent to (or refusal of) a non-routine item.</summary>
    public const string Consent = "Coordination.Items.Consent";

    /// <summary>Edit the county's item templates (联动事项清单).</summary>
    public const string Templates = "Coordination.Templates";
}
