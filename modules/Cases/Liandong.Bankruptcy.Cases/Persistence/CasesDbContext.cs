using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Persistence;

/// <summary>The Cases module's tables, in schema <c>cases</c>.</summary>
internal sealed class CasesDbContext(
    DbContextOptions<CasesDbContext> options, ICurrentTenant currentTenant, TimeProvider clock, IAuditContext audit)
    : ModuleDbContext(options, currentTenant, clock, audit)
{
    public const string SchemaName = "cases";

    public override string Schema => SchemaName;

    public DbSet<BankruptcyCase> Cases => Set<BankruptcyCase>();

    public DbSet<CaseDeadline> Deadlines => Set<CaseDeadline>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BankruptcyCase>(e =>
        {
            e.ToTable("cases");
            e.Property(c => c.CaseNumber).HasMaxLength(40);
            e.Property(c => c.CourtCode).HasMaxLength(10);
            e.Property(c => c.Procedure).HasConversion<string>().HasMaxLength(30);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(40);
            e.Property(c => c.PresidingJudge).HasMaxLength(50);
            e.HasIndex(c => new { c.TenantId, c.CaseNumber }).IsUnique(); // a case number is unique in its county
            e.HasIndex(c => new { c.TenantId, c.State, c.CaseNumber }); // the list filtered by state, in case-number order
            e.HasMany(c => c.Debtors).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Timeline).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Deadlines).WithOne().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseDeadline>(e =>
        {
            e.ToTable("case_deadlines");
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(d => d.Source).HasMaxLength(60);
            e.Property(d => d.PeriodUnit).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => new { d.CaseId, d.Kind }).IsUnique();
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
            e.HasIndex(d => new { d.TenantId, d.Due, d.Id }).HasFilter("status = 'Open'"); // the judge's open deadlines, in date order
        });

        modelBuilder.Entity<CaseStep>(e =>
        {
            e.ToTable("case_steps");
            e.Property(s => s.Action).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.Basis).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.FromState).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.ToState).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.RulingNumber).HasMaxLength(60);
            e.Property(s => s.RulingKind).HasMaxLength(40);
            e.HasIndex(s => new { s.CaseId, s.Position }).IsUnique();
        });

        modelBuilder.Entity<Debtor>(e =>
        {
            e.ToTable("debtors");
            e.Property(d => d.Name).HasMaxLength(200);
            e.Property(d => d.Uscc).HasMaxLength(18);
            e.Property(d => d.UsccOverrideReason).HasMaxLength(200);
            e.Property(d => d.RegisteredAddress).HasMaxLength(300);
            e.Property(d => d.LegalRepresentative).HasMaxLength(50);
            e.HasIndex(d => new { d.TenantId, d.Uscc });
        });
    }
}
