using System;
using System.Collections.Generic;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseTracksAndAdministrator : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "accepted_on",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "administrator_appointed_on",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "administrator_firm_name",
                schema: "cases",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "administrator_interim",
                schema: "cases",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "fast_track",
                schema: "cases",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "panel",
                schema: "cases",
                table: "cases",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "pre_packaged_from",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "pre_packaged_until",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "received_on",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "transfer_decided_on",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_decision_number",
                schema: "cases",
                table: "cases",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_enforcement_case_number",
                schema: "cases",
                table: "cases",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "transfer_enforcement_court",
                schema: "cases",
                table: "cases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fast_track_months = table.Column<int>(type: "integer", nullable: false),
                    long_pending_months = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_administrator_firm_id",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "administrator_firm_id" });

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "cases",
                table: "settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.EnableTenantIsolation("cases", "settings");

            // Cases accepted before the column existed: the date of their first acceptance ruling.
            migrationBuilder.Sql("""
                UPDATE cases.cases c SET accepted_on = (
                    SELECT s.ruling_date FROM cases.case_steps s
                    WHERE s.case_id = c.id AND s.action IN ('AcceptLiquidation', 'AcceptReorganization', 'AcceptComposition')
                    ORDER BY s.position LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "settings",
                schema: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_tenant_id_administrator_firm_id",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "accepted_on",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "administrator_appointed_on",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "administrator_firm_name",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "administrator_interim",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "fast_track",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "panel",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "pre_packaged_from",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "pre_packaged_until",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "received_on",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "transfer_decided_on",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "transfer_decision_number",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "transfer_enforcement_case_number",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "transfer_enforcement_court",
                schema: "cases",
                table: "cases");
        }
    }
}
