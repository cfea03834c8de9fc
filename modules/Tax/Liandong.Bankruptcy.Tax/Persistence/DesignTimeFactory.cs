using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Tax.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class TaxDesignTimeFactory : IDesignTimeDbContextFactory<TaxDbContext>
{
    public TaxDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<TaxDbContext>(TaxDbContext.SchemaName));
}
