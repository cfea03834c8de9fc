namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations;

/// <summary>
/// The city supervisor's one read across counties: a SECURITY DEFINER function (owned by the owner, which bypasses
/// row-level security) that sums the units' day counters of every county over a period. It returns county ids, unit
/// names and counts, nothing else: no item, case or person crosses counties. The table itself stays under the tenant
/// policy like every other.
/// </summary>
internal static class CityCountersSql
{
    public const string Up = """
        CREATE FUNCTION coordination.city_counters(p_from date, p_to date)
        RETURNS TABLE (county_id uuid, unit_name text, assigned bigint, completed bigint, on_time bigint, overdue bigint, returned bigint)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
            SELECT c.tenant_id, max(c.unit_name), sum(c.assigned), sum(c.completed), sum(c.on_time), sum(c.overdue), sum(c.returned)
            FROM coordination.unit_day_counters c
            WHERE c.day BETWEEN p_from AND p_to
            GROUP BY c.tenant_id, c.unit_id
        $fn$;
        REVOKE ALL ON FUNCTION coordination.city_counters(date, date) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION coordination.city_counters(date, date) TO liandong_app;
        """;

    public const string Down = "DROP FUNCTION IF EXISTS coordination.city_counters(date, date);";
}
