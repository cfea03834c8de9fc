using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Coordination.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class CoordinationDesignTimeFactory : IDesignTimeDbContextFactory<CoordinationDbContext>
{
    public CoordinationDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<CoordinationDbContext>(CoordinationDbContext.SchemaName));
}
