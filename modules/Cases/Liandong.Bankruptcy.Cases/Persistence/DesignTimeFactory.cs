using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Cases.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class CasesDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<CasesDbContext>(CasesDbContext.SchemaName), ModuleServices.DesignTimeTenant, TimeProvider.System, new DesignTimeAudit(), new NoUnit());

    private sealed class NoUnit : Platform.Identity.ICurrentUnit
    {
        public Platform.Identity.MemberUnit? Unit => null;
    }

    private sealed class DesignTimeAudit : IAuditContext
    {
        public Guid? UserId => null;

        public string CorrelationId => "design";
    }
}
