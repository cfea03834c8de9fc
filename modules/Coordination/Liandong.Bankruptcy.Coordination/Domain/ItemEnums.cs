using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Coordination.Domain;

public enum ItemStatus
{
    PendingConsent, // 报请领导小组同意
    Declined,       // the group did not consent
    Assigned,       // 待签收
    SignedFor,      // 已签收
    InProgress,     // 办理中
    Completed,      // 已办结
    Returned,       // 已退回, waiting for the office to reassign
}

public enum ItemAction
{
    Raised,
    Consented,
    Declined,
    SignedFor,
    Started,
    Completed,
    Returned,
    Reassigned,
}

public enum ItemSource
{
    Template,
    Court,
    AdministratorFirm,
    Unit,
    Office,
    Meeting, // decided in a coordination meeting's memo
    Module,  // asked for by another module's step (ItemRequested)
}

public enum ItemPriority
{
    Normal,
    High,
    Urgent,
}

public enum NoticeKind
{
    Reminder,
    Overdue,
}

public enum ItemOutcome
{
    Done,
    [Refusal(409, "coordination.invalid_item_transition")]
    NotAllowed,
}
