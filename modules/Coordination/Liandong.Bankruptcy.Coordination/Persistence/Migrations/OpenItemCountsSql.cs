namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations;

/// <summary>
/// Keeps <c>open_item_counts</c> (open items per county, unit and due date) in step with <c>items</c>: one function
/// behind three statement triggers that read the statement's old and new rows (transition tables) and add the
/// difference, so a statement that changes a million items costs one grouped upsert and one that changes none of the
/// counted columns writes nothing. The upsert adds, in key order, so concurrent work on one unit's day loses nothing.
/// It runs as the caller: under the tenant policy, the rows it writes are those of the county whose items changed.
/// An open item always has a due date (<c>ck_items_open_is_due</c>). The counts start from the items there are.
/// </summary>
internal static class OpenItemCountsSql
{
    public const string Up = """
        CREATE FUNCTION coordination.count_open_items() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO coordination.open_item_counts AS c (tenant_id, unit_id, due_on, count)
                SELECT n.tenant_id, n.unit_id, n.due_on, count(*) FROM new_items n WHERE n.is_open
                GROUP BY n.tenant_id, n.unit_id, n.due_on ORDER BY 1, 2, 3
                ON CONFLICT (tenant_id, unit_id, due_on) DO UPDATE SET count = c.count + excluded.count;
            ELSIF TG_OP = 'UPDATE' THEN
                INSERT INTO coordination.open_item_counts AS c (tenant_id, unit_id, due_on, count)
                SELECT x.tenant_id, x.unit_id, x.due_on, sum(x.d) FROM (
                    SELECT n.tenant_id, n.unit_id, n.due_on, 1 AS d FROM new_items n WHERE n.is_open
                    UNION ALL
                    SELECT o.tenant_id, o.unit_id, o.due_on, -1 FROM old_items o WHERE o.is_open) x
                GROUP BY x.tenant_id, x.unit_id, x.due_on HAVING sum(x.d) <> 0 ORDER BY 1, 2, 3
                ON CONFLICT (tenant_id, unit_id, due_on) DO UPDATE SET count = c.count + excluded.count;
            ELSE
                INSERT INTO coordination.open_item_counts AS c (tenant_id, unit_id, due_on, count)
                SELECT o.tenant_id, o.unit_id, o.due_on, -count(*) FROM old_items o WHERE o.is_open
                GROUP BY o.tenant_id, o.unit_id, o.due_on ORDER BY 1, 2, 3
                ON CONFLICT (tenant_id, unit_id, due_on) DO UPDATE SET count = c.count + excluded.count;
            END IF;
            RETURN NULL;
        END
        $fn$;

        CREATE TRIGGER count_open_items_inserted AFTER INSERT ON coordination.items
            REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION coordination.count_open_items();
        CREATE TRIGGER count_open_items_updated AFTER UPDATE ON coordination.items
            REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION coordination.count_open_items();
        CREATE TRIGGER count_open_items_deleted AFTER DELETE ON coordination.items
            REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION coordination.count_open_items();

        INSERT INTO coordination.open_item_counts (tenant_id, unit_id, due_on, count)
        SELECT tenant_id, unit_id, due_on, count(*) FROM coordination.items WHERE is_open
        GROUP BY tenant_id, unit_id, due_on;
        """;

    public const string Down = """
        DROP TRIGGER IF EXISTS count_open_items_inserted ON coordination.items;
        DROP TRIGGER IF EXISTS count_open_items_updated ON coordination.items;
        DROP TRIGGER IF EXISTS count_open_items_deleted ON coordination.items;
        DROP FUNCTION IF EXISTS coordination.count_open_items();
        """;
}
