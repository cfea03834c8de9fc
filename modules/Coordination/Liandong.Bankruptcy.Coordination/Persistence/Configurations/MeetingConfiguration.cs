using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class CoordinationMeetingConfiguration : IEntityTypeConfiguration<CoordinationMeeting>
{
    public void Configure(EntityTypeBuilder<CoordinationMeeting> e)
    {
        e.ToTable("meetings");
        e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.Topic).HasMaxLength(200);
        e.Property(m => m.RaisedByUnitName).HasMaxLength(100);
        e.Property(m => m.Memo).HasMaxLength(8000);
        e.Ignore(m => m.Status);
        e.HasIndex(m => new { m.TenantId, m.HeldOn });
        e.HasIndex(m => new { m.TenantId, m.MemoYear, m.MemoNumber }).IsUnique();
        e.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Cases).WithOne().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> e)
    {
        e.ToTable("meeting_units");
        e.Property(a => a.UnitName).HasMaxLength(100);
        e.HasIndex(a => new { a.MeetingId, a.UnitId }).IsUnique();
    }
}

internal sealed class MeetingCaseConfiguration : IEntityTypeConfiguration<MeetingCase>
{
    public void Configure(EntityTypeBuilder<MeetingCase> e)
    {
        e.ToTable("meeting_cases");
        e.Property(c => c.CaseNumber).HasMaxLength(40);
        e.HasIndex(c => new { c.MeetingId, c.CaseId }).IsUnique();
    }
}

internal sealed class MemoDecisionConfiguration : IEntityTypeConfiguration<MemoDecision>
{
    public void Configure(EntityTypeBuilder<MemoDecision> e)
    {
        e.ToTable("memo_decisions");
        e.Property(d => d.Text).HasMaxLength(500);
        e.Property(d => d.UnitName).HasMaxLength(100);
        e.Property(d => d.DueUnit).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => new { d.MeetingId, d.Number }).IsUnique();
    }
}
