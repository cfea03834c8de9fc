namespace Liandong.Bankruptcy.Platform.Persistence.Migrations;

/// <summary>
/// SQL of the AuditTrail migration: audit tables are append-only for the application role (default privileges gave
/// it UPDATE and DELETE; they are taken back), and the directory also names the unit of each membership.
/// </summary>
internal static class AuditSql
{
    public const string Up = """
        REVOKE UPDATE, DELETE, TRUNCATE ON platform.audit_requests, platform.audit_changes FROM liandong_app;

        """ + DirectoryWithUnit;

    /// <summary>The directory with the unit of each membership (replaced by <see cref="AccessSql.UnitKindUp"/>).</summary>
    public const string DirectoryWithUnit = """
        DROP FUNCTION platform.sign_in_directory(text);
        CREATE FUNCTION platform.sign_in_directory(p_normalized_user_name text)
        RETURNS TABLE (user_id uuid, home_tenant_id uuid, user_active boolean, security_stamp text,
                       tenant_id uuid, division_code text, county_name text, membership_active boolean, county_active boolean,
                       unit_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
            SELECT u.id, u.tenant_id, u.is_active, u.security_stamp,
                   m.tenant_id, c.division_code, c.name, m.is_active, c.is_active, m.unit_id
            FROM platform.users u
            LEFT JOIN platform.memberships m ON m.user_id = u.id
            LEFT JOIN platform.counties c ON c.id = m.tenant_id
            WHERE u.normalized_user_name = p_normalized_user_name
        $fn$;
        REVOKE ALL ON FUNCTION platform.sign_in_directory(text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION platform.sign_in_directory(text) TO liandong_app;
        """;

    public const string Down = """
        DROP FUNCTION platform.sign_in_directory(text);
        CREATE FUNCTION platform.sign_in_directory(p_normalized_user_name text)
        RETURNS TABLE (user_id uuid, home_tenant_id uuid, user_active boolean, security_stamp text,
                       tenant_id uuid, division_code text, county_name text, membership_active boolean, county_active boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
            SELECT u.id, u.tenant_id, u.is_active, u.security_stamp,
                   m.tenant_id, c.division_code, c.name, m.is_active, c.is_active
            FROM platform.users u
            LEFT JOIN platform.memberships m ON m.user_id = u.id
            LEFT JOIN platform.counties c ON c.id = m.tenant_id
            WHERE u.normalized_user_name = p_normalized_user_name
        $fn$;
        REVOKE ALL ON FUNCTION platform.sign_in_directory(text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION platform.sign_in_directory(text) TO liandong_app;
        """;
}
