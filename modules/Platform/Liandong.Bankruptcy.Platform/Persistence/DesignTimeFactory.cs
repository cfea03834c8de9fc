using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class PlatformDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args)
    {
        return new PlatformDbContext(ModuleServices.DesignTimeOptions<PlatformDbContext>(PlatformDbContext.SchemaName));
    }
}
