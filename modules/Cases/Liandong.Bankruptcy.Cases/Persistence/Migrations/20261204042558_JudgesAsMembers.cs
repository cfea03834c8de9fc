using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class JudgesAsMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_id_state_case_number",
                schema: "cases",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "list_key",
                schema: "cases",
                table: "cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<List<Guid>>(
                name: "panel_ids",
                schema: "cases",
                table: "cases",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<Guid>(
                name: "presiding_judge_id",
                schema: "cases",
                table: "cases",
                type: "uuid",
                nullable: true);

            // The list's key (newest year first, then the highest number) for the cases registered before it.
            migrationBuilder.Sql("""
                UPDATE cases.cases SET list_key =
                    lpad((9999 - substring(case_number from 2 for 4)::int)::text, 4, '0')
                    || lpad((999999 - substring(case_number from '(\d{1,6})号')::int)::text, 6, '0')
                    || case_number;
                """);

            // Judges become references to the court's members: a recorded name that is exactly one active member of the
            // county's court (a one-off read of Platform's tables) becomes that member; a panel is taken over only when
            // every name on it matches. Cases left without a presiding judge are listed for the county administrator
            // (the case list's "without a judge" filter and notice). On a new database Platform may not exist yet: then
            // there are no cases either.
            migrationBuilder.Sql(JudgeMatchingSql.Match);

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_list_key",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "list_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_presiding_judge_id",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "presiding_judge_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_state_list_key",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "state", "list_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_id_list_key",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_id_presiding_judge_id",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_id_state_list_key",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "list_key",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "panel_ids",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "presiding_judge_id",
                schema: "cases",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_state_case_number",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "state", "case_number" });
        }
    }
}
