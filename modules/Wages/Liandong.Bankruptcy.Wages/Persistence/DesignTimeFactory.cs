using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Wages.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class WagesDesignTimeFactory : IDesignTimeDbContextFactory<WagesDbContext>
{
    public WagesDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<WagesDbContext>(WagesDbContext.SchemaName));
}
