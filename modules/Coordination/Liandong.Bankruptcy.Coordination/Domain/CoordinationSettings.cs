using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>A county's coordination settings: how many working days before the due date a unit is reminded; the office's code (机关代字) in its memos' 文号.</summary>
internal sealed class CoordinationSettings : AggregateRoot, ITenantOwned
{
    public const int DefaultReminderDays = 2;

    public Guid TenantId { get; private set; }

    public const string DefaultMemoCode = "府院联纪";

    public const int MaxMemoCode = 20;

    public int ReminderDays { get; private set; } = DefaultReminderDays;

    public string MemoCode { get; private set; } = DefaultMemoCode;

    public void Update(int reminderDays, string? memoCode)
    {
        ReminderDays = reminderDays;
        MemoCode = memoCode ?? MemoCode; // a PUT without a code keeps the one the county has
        Touch();
    }
}
