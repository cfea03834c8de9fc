using Liandong.Bankruptcy.Coordination.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Liandong.Bankruptcy.Coordination.Persistence.Configurations;

internal sealed class CaseProjectionConfiguration : IEntityTypeConfiguration<CaseProjection>
{
    public void Configure(EntityTypeBuilder<CaseProjection> e)
    {
        e.ToTable("cases");
        e.Property(c => c.CaseNumber).HasMaxLength(40);
        e.Property(c => c.Procedure).HasMaxLength(30);
        e.Property(c => c.State).HasMaxLength(40);
        e.Property(c => c.DebtorName).HasMaxLength(CaseProjection.MaxDebtorName);
        e.Property(c => c.DebtorUscc).HasMaxLength(18);
        e.Property(c => c.Sequence).IsConcurrencyToken(); // two handlers of one case never both write
        e.HasIndex(c => new { c.TenantId, c.CaseId }).IsUnique();
    }
}
