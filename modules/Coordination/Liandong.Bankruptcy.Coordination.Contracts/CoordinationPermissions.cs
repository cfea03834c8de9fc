namespace Liandong.Bankruptcy.Coordination.Contracts;

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

    /// <summary>See the county's coordination meetings and their memos.</summary>
    public const string Meetings = "Coordination.Meetings";

    /// <summary>The office: schedule meetings, record memos, send results up, circulate them.</summary>
    public const string ManageMeetings = "Coordination.Meetings.Manage";

    /// <summary>Supervision and assessment (督查考核): the figures per unit, the circulated report.</summary>
    public const string Assessment = "Coordination.Assessment";

    /// <summary>Record commendations and accountability.</summary>
    public const string RecordAssessment = "Coordination.Assessment.Record";

    /// <summary>See the major-risk register (重大风险).</summary>
    public const string Risks = "Coordination.Risks";

    /// <summary>Record and update major-risk matters.</summary>
    public const string ManageRisks = "Coordination.Risks.Manage";

    /// <summary>See evasion leads (打击逃废债线索) handed over, and their answers.</summary>
    public const string Leads = "Coordination.Leads";

    /// <summary>Hand a lead to public security or the procuratorate (a judge, an administrator).</summary>
    public const string HandLeads = "Coordination.Leads.Hand";

    /// <summary>The city supervisor's counters of every county (host side; counts only).</summary>
    public const string CityCounters = "Coordination.CityCounters";

    /// <summary>Edit the county's item templates (联动事项清单).</summary>
    public const string Templates = "Coordination.Templates";
}
