namespace Liandong.Bankruptcy.Platform.Persistence.Migrations;

/// <summary>
/// SQL of the Identity migration: the one narrow SECURITY DEFINER lookup used before any county is known, and the
/// trigger that tells every host (LISTEN/NOTIFY) that access data changed, delivered when the change commits.
/// </summary>
internal static class AccessSql
{
    public const string Channel = "liandong_access";

    public const string Up = $$"""
        -- Sign-in and every request's validation happen before a county scope exists: this function alone reads a
        -- user's identity and memberships across counties. It returns ids, flags and county names; never a password hash.
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

        CREATE FUNCTION platform.notify_access_changed() RETURNS trigger
        LANGUAGE plpgsql AS $fn$
        BEGIN
            PERFORM pg_notify('{{Channel}}', TG_TABLE_NAME);
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.counties
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.users
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.memberships
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.membership_roles
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.membership_grants
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.roles
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        CREATE TRIGGER access_changed AFTER INSERT OR UPDATE OR DELETE ON platform.role_grants
            FOR EACH STATEMENT EXECUTE FUNCTION platform.notify_access_changed();
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS access_changed ON platform.counties;
        DROP TRIGGER IF EXISTS access_changed ON platform.users;
        DROP TRIGGER IF EXISTS access_changed ON platform.memberships;
        DROP TRIGGER IF EXISTS access_changed ON platform.membership_roles;
        DROP TRIGGER IF EXISTS access_changed ON platform.membership_grants;
        DROP TRIGGER IF EXISTS access_changed ON platform.roles;
        DROP TRIGGER IF EXISTS access_changed ON platform.role_grants;
        DROP FUNCTION IF EXISTS platform.notify_access_changed();
        DROP FUNCTION IF EXISTS platform.sign_in_directory(text);
        """;

    /// <summary>
    /// The directory also names the kind of each membership's unit, so that modules can apply data-level rules (an
    /// administrator firm sees only the cases it is appointed to) without a query per request. A unit's kind never
    /// changes, so the access-version cache stays right.
    /// </summary>
    public const string UnitKindUp = """
        DROP FUNCTION platform.sign_in_directory(text);
        CREATE FUNCTION platform.sign_in_directory(p_normalized_user_name text)
        RETURNS TABLE (user_id uuid, home_tenant_id uuid, user_active boolean, security_stamp text,
                       tenant_id uuid, division_code text, county_name text, membership_active boolean, county_active boolean,
                       unit_id uuid, unit_kind text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
            SELECT u.id, u.tenant_id, u.is_active, u.security_stamp,
                   m.tenant_id, c.division_code, c.name, m.is_active, c.is_active, m.unit_id, un.kind
            FROM platform.users u
            LEFT JOIN platform.memberships m ON m.user_id = u.id
            LEFT JOIN platform.counties c ON c.id = m.tenant_id
            LEFT JOIN platform.units un ON un.id = m.unit_id
            WHERE u.normalized_user_name = p_normalized_user_name
        $fn$;
        REVOKE ALL ON FUNCTION platform.sign_in_directory(text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION platform.sign_in_directory(text) TO liandong_app;
        """;

    public const string UnitKindDown = AuditSql.DirectoryWithUnit;
}
