using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class RiskMatterConfiguration : IEntityTypeConfiguration<RiskMatter>
{
    public void Configure(EntityTypeBuilder<RiskMatter> e)
    {
        e.ToTable("risks");
        e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Level).HasConversion<string>().HasMaxLength(10);
        e.Property(r => r.Title).HasMaxLength(200);
        e.Property(r => r.Description).HasMaxLength(4000);
        e.Property(r => r.Owner).HasMaxLength(50);
        e.Property(r => r.OwnerUnitName).HasMaxLength(100);
        e.Property(r => r.DeliveryGuarantee).HasMaxLength(1000);
        e.HasIndex(r => new { r.TenantId, r.ResolvedOn });
        e.Property(r => r.SourceKey).HasMaxLength(200);
        e.HasIndex(r => new { r.TenantId, r.SourceKey }).IsUnique().HasFilter("source_key IS NOT NULL");
        e.HasMany(r => r.Links).WithOne().HasForeignKey(l => l.RiskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RiskLinkConfiguration : IEntityTypeConfiguration<RiskLink>
{
    public void Configure(EntityTypeBuilder<RiskLink> e)
    {
        e.ToTable("risk_links");
        e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(l => l.Label).HasMaxLength(200);
        e.HasIndex(l => new { l.RiskId, l.Kind, l.TargetId }).IsUnique();
    }
}
