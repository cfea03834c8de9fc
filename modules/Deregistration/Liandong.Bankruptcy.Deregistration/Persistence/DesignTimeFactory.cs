using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Deregistration.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class DeregistrationDesignTimeFactory : IDesignTimeDbContextFactory<DeregistrationDbContext>
{
    public DeregistrationDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<DeregistrationDbContext>(DeregistrationDbContext.SchemaName));
}
