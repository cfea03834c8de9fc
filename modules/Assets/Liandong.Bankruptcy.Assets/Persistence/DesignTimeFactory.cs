using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Assets.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class AssetsDesignTimeFactory : IDesignTimeDbContextFactory<AssetsDbContext>
{
    public AssetsDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<AssetsDbContext>(AssetsDbContext.SchemaName));
}
