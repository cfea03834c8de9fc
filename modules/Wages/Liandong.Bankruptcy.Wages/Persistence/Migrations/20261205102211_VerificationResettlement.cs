using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Wages.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VerificationResettlement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "committee_representative_id",
                schema: "wages",
                table: "files",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "declared_on",
                schema: "wages",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "hrss_verified_on",
                schema: "wages",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "medical_verified_on",
                schema: "wages",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "stability_risk_on",
                schema: "wages",
                table: "files",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hrss_note",
                schema: "wages",
                table: "employees",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hrss_verification",
                schema: "wages",
                table: "employees",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateOnly>(
                name: "hrss_verified_on",
                schema: "wages",
                table: "employees",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "medical_note",
                schema: "wages",
                table: "employees",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "medical_verification",
                schema: "wages",
                table: "employees",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<DateOnly>(
                name: "medical_verified_on",
                schema: "wages",
                table: "employees",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "representative",
                schema: "wages",
                table: "employees",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "continued_operation_payrolls",
                schema: "wages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    employees = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_continued_operation_payrolls", x => x.id);
                    table.ForeignKey(
                        name: "fk_continued_operation_payrolls_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "wages",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "stability_thresholds",
                schema: "wages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    employees = table.Column<int>(type: "integer", nullable: false),
                    arrears = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stability_thresholds", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_continued_operation_payrolls_case_id_month",
                schema: "wages",
                table: "continued_operation_payrolls",
                columns: new[] { "case_id", "month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_stability_thresholds_tenant_id",
                schema: "wages",
                table: "stability_thresholds",
                column: "tenant_id",
                unique: true);

            foreach (var table in new[] { "continued_operation_payrolls", "stability_thresholds" })
            {
                migrationBuilder.EnableTenantIsolation("wages", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "continued_operation_payrolls",
                schema: "wages");

            migrationBuilder.DropTable(
                name: "stability_thresholds",
                schema: "wages");

            migrationBuilder.DropColumn(
                name: "committee_representative_id",
                schema: "wages",
                table: "files");

            migrationBuilder.DropColumn(
                name: "declared_on",
                schema: "wages",
                table: "files");

            migrationBuilder.DropColumn(
                name: "hrss_verified_on",
                schema: "wages",
                table: "files");

            migrationBuilder.DropColumn(
                name: "medical_verified_on",
                schema: "wages",
                table: "files");

            migrationBuilder.DropColumn(
                name: "stability_risk_on",
                schema: "wages",
                table: "files");

            migrationBuilder.DropColumn(
                name: "hrss_note",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "hrss_verification",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "hrss_verified_on",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "medical_note",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "medical_verification",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "medical_verified_on",
                schema: "wages",
                table: "employees");

            migrationBuilder.DropColumn(
                name: "representative",
                schema: "wages",
                table: "employees");
        }
    }
}
