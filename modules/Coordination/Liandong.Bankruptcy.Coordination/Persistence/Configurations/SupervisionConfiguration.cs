using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class UnitDayCounterConfiguration : IEntityTypeConfiguration<UnitDayCounter>
{
    public void Configure(EntityTypeBuilder<UnitDayCounter> e)
    {
        e.ToTable("unit_day_counters");
        e.HasKey(c => new { c.TenantId, c.UnitId, c.Day });
        e.Property(c => c.UnitName).HasMaxLength(100);
        e.HasIndex(c => c.Day); // the city's view over a period
    }
}

internal sealed class OpenItemCountConfiguration : IEntityTypeConfiguration<OpenItemCount>
{
    public void Configure(EntityTypeBuilder<OpenItemCount> e)
    {
        e.ToTable("open_item_counts");
        e.HasKey(c => new { c.TenantId, c.UnitId, c.DueOn });
    }
}

internal sealed class AssessmentRecordConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> e)
    {
        e.ToTable("assessment_records");
        e.Property(r => r.UnitName).HasMaxLength(100);
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Reason).HasMaxLength(1000);
        e.HasIndex(r => new { r.TenantId, r.DecidedOn });
    }
}
