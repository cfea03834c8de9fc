using Microsoft.EntityFrameworkCore.Migrations;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>Row-level security for tenant-owned tables, written into migrations with <c>migrationBuilder.Sql</c>.</summary>
public static class TenantIsolation
{
    public const string PolicyName = "tenant_isolation";

    /// <summary>
    /// ENABLE and FORCE row-level security with the fail-closed policy: no <c>app.tenant_id</c> (unset or '') sees
    /// nothing and can write nothing.
    /// </summary>
    public static void EnableTenantIsolation(this MigrationBuilder migrationBuilder, string schema, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            ALTER TABLE "{schema}"."{table}" ENABLE ROW LEVEL SECURITY;
            ALTER TABLE "{schema}"."{table}" FORCE ROW LEVEL SECURITY;
            CREATE POLICY {PolicyName} ON "{schema}"."{table}"
                USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
                WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid);
            """);
    }

    public static void DisableTenantIsolation(this MigrationBuilder migrationBuilder, string schema, string table)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""
            DROP POLICY IF EXISTS {PolicyName} ON "{schema}"."{table}";
            ALTER TABLE "{schema}"."{table}" NO FORCE ROW LEVEL SECURITY;
            ALTER TABLE "{schema}"."{table}" DISABLE ROW LEVEL SECURITY;
            """);
    }
}
