using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class TemplateConfiguration : IEntityTypeConfiguration<ItemTemplate>
{
    public void Configure(EntityTypeBuilder<ItemTemplate> e)
    {
        e.ToTable("templates");
        e.Property(t => t.Key).HasMaxLength(60);
        e.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(30);
        e.Property(t => t.UnitKind).HasConversion<string>().HasMaxLength(40);
        e.Property(t => t.Title).HasMaxLength(200);
        e.Property(t => t.Basis).HasMaxLength(300);
        e.Property(t => t.DueUnit).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(t => new { t.TenantId, t.Trigger, t.Key }).IsUnique();
    }
}
