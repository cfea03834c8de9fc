using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class SettingsConfiguration : IEntityTypeConfiguration<CoordinationSettings>
{
    public void Configure(EntityTypeBuilder<CoordinationSettings> e)
    {
        e.ToTable("settings");
        e.HasIndex(s => s.TenantId).IsUnique();
        e.Property(s => s.MemoCode).HasMaxLength(CoordinationSettings.MaxMemoCode);
    }
}
