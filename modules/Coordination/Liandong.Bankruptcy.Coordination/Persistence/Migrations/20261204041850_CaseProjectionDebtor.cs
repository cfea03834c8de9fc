using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseProjectionDebtor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "debtor_name",
                schema: "coordination",
                table: "cases",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "debtor_uscc",
                schema: "coordination",
                table: "cases",
                type: "character varying(18)",
                maxLength: 18,
                nullable: true);

            // The cases already projected take their debtors once, here (a one-off data move from Cases' table, which
            // on a new database does not exist yet and has nothing to move); later events keep them current.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF to_regclass('cases.debtors') IS NOT NULL THEN
                        UPDATE coordination.cases p
                        SET debtor_name = left(d.names, 300), debtor_uscc = d.uscc
                        FROM (SELECT case_id, tenant_id, string_agg(name, '、' ORDER BY position) AS names,
                                     (array_agg(uscc ORDER BY position))[1] AS uscc
                              FROM cases.debtors GROUP BY case_id, tenant_id) d
                        WHERE d.case_id = p.case_id AND d.tenant_id = p.tenant_id;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "debtor_name",
                schema: "coordination",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "debtor_uscc",
                schema: "coordination",
                table: "cases");
        }
    }
}
