namespace Liandong.Bankruptcy.Cases.Contracts;

/// <summary>The Cases module's permission names (definitions live in the module).</summary>
public static class CasesPermissions
{
    public const string View = "Cases.Cases";
    public const string Register = "Cases.Cases.Register";
    public const string Advance = "Cases.Cases.Advance";
    public const string AssignJudges = "Cases.Cases.Judges";
    public const string Settings = "Cases.Settings";
    public const string Claims = "Cases.Claims";
    public const string ManageClaims = "Cases.Claims.Manage";
    public const string ConfirmClaims = "Cases.Claims.Confirm";
    public const string Meetings = "Cases.Claims.Meetings";
    public const string Publish = "Cases.Cases.Publish";
    public const string Requests = "Cases.Requests";
    public const string SubmitRequests = "Cases.Requests.Submit";
    public const string ReplyRequests = "Cases.Requests.Reply";
}
