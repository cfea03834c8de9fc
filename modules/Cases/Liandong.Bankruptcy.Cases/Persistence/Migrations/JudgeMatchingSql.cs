namespace Liandong.Bankruptcy.Cases.Persistence.Migrations;

/// <summary>
/// The one-off move of judges from typed names to members of the court (migration JudgesAsMembers): a recorded name that
/// is exactly one active member of the county's court (a read of Platform's tables, once, in the migration) becomes that
/// member; a panel is taken over only when every name on it matches. Cases left without a presiding judge are listed for
/// the county administrator (the case list's "without a judge" filter and notice). On a new database Platform's tables
/// may not exist yet: then there are no cases either. Idempotent: only cases without a judge reference are touched.
/// </summary>
internal static class JudgeMatchingSql
{
    public const string Match = """
        DO $$
        BEGIN
            IF to_regclass('platform.memberships') IS NOT NULL THEN
                DROP TABLE IF EXISTS court_names;
                CREATE TEMP TABLE court_names ON COMMIT DROP AS
                    SELECT m.tenant_id, m.display_name, (array_agg(m.user_id))[1] AS user_id
                    FROM platform.memberships m
                    JOIN platform.units u ON u.id = m.unit_id AND u.tenant_id = m.tenant_id
                    WHERE u.kind = 'Court' AND u.is_active AND m.is_active
                    GROUP BY m.tenant_id, m.display_name
                    HAVING count(*) = 1;

                UPDATE cases.cases c SET presiding_judge_id = j.user_id
                FROM court_names j
                WHERE j.tenant_id = c.tenant_id AND j.display_name = c.presiding_judge AND c.presiding_judge_id IS NULL;

                UPDATE cases.cases c SET panel_ids = p.ids
                FROM (SELECT c2.id, array_agg(j.user_id ORDER BY t.ord) AS ids, count(j.user_id) AS matched,
                             cardinality(c2.panel) AS total
                      FROM cases.cases c2
                      CROSS JOIN LATERAL unnest(c2.panel) WITH ORDINALITY AS t(name, ord)
                      LEFT JOIN court_names j ON j.tenant_id = c2.tenant_id AND j.display_name = t.name
                      GROUP BY c2.id) p
                WHERE p.id = c.id AND p.matched = p.total AND cardinality(c.panel_ids) = 0;
            END IF;
        END $$;
        """;
}
