using System;
using System.Collections.Generic;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Assets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Distribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_on",
                schema: "assets",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fee_adjustment_reason",
                schema: "assets",
                table: "files",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "fee_fixed_amount",
                schema: "assets",
                table: "files",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fee_notice_due",
                schema: "assets",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fee_notified_on",
                schema: "assets",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fee_reported_on",
                schema: "assets",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "fee_scheme_on",
                schema: "assets",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "fee_scheme_version",
                schema: "assets",
                table: "files",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "secured_creditor_fee",
                schema: "assets",
                table: "files",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "source",
                schema: "assets",
                table: "account_entries",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(10)",
                oldMaxLength: 10);

            migrationBuilder.CreateTable(
                name: "distribution_plans",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    supplementary = table.Column<bool>(type: "boolean", nullable: false),
                    drafted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    estate = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    court_fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    distributable = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    administrator_fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    reserved = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    remaining = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    sales = table.Column<List<int>>(type: "integer[]", nullable: false),
                    arithmetic = table.Column<string>(type: "jsonb", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resolution_number = table.Column<int>(type: "integer", nullable: true),
                    voted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ruling = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    final_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    forfeitable_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distribution_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_distribution_plans_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expenses",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    source_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expenses", x => x.id);
                    table.ForeignKey(
                        name: "fk_expenses_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fund_applications",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    purpose = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    entry_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_fund_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_fund_applications_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fee_adjustment_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    tax_before_mortgage = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "payouts",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    creditor_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    account = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    returned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    released = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    settled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    entry_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payouts", x => x.id);
                    table.ForeignKey(
                        name: "fk_payouts_distribution_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "assets",
                        principalTable: "distribution_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_distribution_plans_case_id_number",
                schema: "assets",
                table: "distribution_plans",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expenses_case_id_number",
                schema: "assets",
                table: "expenses",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_expenses_case_id_source_key",
                schema: "assets",
                table: "expenses",
                columns: new[] { "case_id", "source_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_fund_applications_case_id_number",
                schema: "assets",
                table: "fund_applications",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_payouts_plan_id_position",
                schema: "assets",
                table: "payouts",
                columns: new[] { "plan_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "assets",
                table: "settings",
                column: "tenant_id",
                unique: true);

            foreach (var table in new[] { "distribution_plans", "payouts", "expenses", "fund_applications", "settings" })
            {
                migrationBuilder.EnableTenantIsolation("assets", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "expenses",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "fund_applications",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "payouts",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "distribution_plans",
                schema: "assets");

            migrationBuilder.DropColumn(
                name: "ended_on",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_adjustment_reason",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_fixed_amount",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_notice_due",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_notified_on",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_reported_on",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_scheme_on",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "fee_scheme_version",
                schema: "assets",
                table: "files");

            migrationBuilder.DropColumn(
                name: "secured_creditor_fee",
                schema: "assets",
                table: "files");

            migrationBuilder.AlterColumn<string>(
                name: "source",
                schema: "assets",
                table: "account_entries",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);
        }
    }
}
