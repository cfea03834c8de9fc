using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace Liandong.Bankruptcy.Credit.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; no database is contacted.</summary>
internal sealed class CreditDesignTimeFactory : IDesignTimeDbContextFactory<CreditDbContext>
{
    public CreditDbContext CreateDbContext(string[] args) =>
        new(ModuleServices.DesignTimeOptions<CreditDbContext>(CreditDbContext.SchemaName));
}
