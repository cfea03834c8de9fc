using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>A county's coordination settings: how many working days before the due date a unit is reminded.</summary>
internal sealed class CoordinationSettings : AggregateRoot, ITenantOwned
{
    public const int DefaultReminderDays = 2;

    public Guid TenantId { get; private set; }

    public int ReminderDays { get; private set; } = DefaultReminderDays;

    public void Update(int reminderDays)
    {
        ReminderDays = reminderDays;
        Touch();
    }
}
