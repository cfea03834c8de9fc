using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class SentNoticeConfiguration : IEntityTypeConfiguration<SentNotice>
{
    public void Configure(EntityTypeBuilder<SentNotice> e)
    {
        e.ToTable("sent_notices");
        e.Property(n => n.Kind).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(n => new { n.TenantId, n.ItemId, n.Kind, n.DueOn, n.UnitId }).IsUnique(); // nothing is sent twice
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> e)
    {
        e.ToTable("notifications");
        e.Property(n => n.Text).HasMaxLength(300);
        e.Property(n => n.Link).HasMaxLength(200);
        e.HasIndex(n => new { n.TenantId, n.UserId, n.At }).HasFilter("read_at IS NULL"); // a user's unread count
    }
}

internal sealed class EmailMessageConfiguration : IEntityTypeConfiguration<EmailMessage>
{
    public void Configure(EntityTypeBuilder<EmailMessage> e)
    {
        e.ToTable("email_messages");
        e.Property(m => m.To).HasMaxLength(100);
        e.Property(m => m.Subject).HasMaxLength(200);
        e.Property(m => m.Body).HasMaxLength(2000);
        e.Property(m => m.LastError).HasMaxLength(300);
        e.HasIndex(m => new { m.TenantId, m.CreatedAt }).HasFilter("sent_at IS NULL"); // the sender's queue
    }
}

internal sealed class DoneKindConfiguration : IEntityTypeConfiguration<DoneKind>
{
    public void Configure(EntityTypeBuilder<DoneKind> e)
    {
        e.ToTable("done_kinds");
        e.Property(d => d.Kind).HasMaxLength(60);
        e.Property(d => d.Result).HasMaxLength(2000);
        e.HasIndex(d => new { d.TenantId, d.CaseId, d.Kind }).IsUnique(); // once per case and kind
    }
}
