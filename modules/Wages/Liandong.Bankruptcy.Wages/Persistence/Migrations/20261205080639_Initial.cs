using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Wages.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "wages");

            migrationBuilder.CreateTable(
                name: "files",
                schema: "wages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    debtor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    administrator_firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    average_monthly_wage = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    objections_until = table.Column<DateOnly>(type: "date", nullable: true),
                    fund_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "guarantee_rules",
                schema: "wages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    months_covered = table.Column<int>(type: "integer", nullable: false),
                    monthly_cap = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    fund_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guarantee_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "employees",
                schema: "wages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_number_cipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    id_number_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    id_number_masked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    executive = table.Column<bool>(type: "boolean", nullable: false),
                    months_owed = table.Column<int>(type: "integer", nullable: false),
                    wages = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    medical_subsidies = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    disability_subsidies = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    survivors = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    compensation = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    wages_before2006 = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    advanced = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    advanced_on = table.Column<DateOnly>(type: "date", nullable: true),
                    advance_rule = table.Column<DateOnly>(type: "date", nullable: true),
                    objection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    objection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    objected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    objection_reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    objection_review = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    suit_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_employees", x => x.id);
                    table.ForeignKey(
                        name: "fk_employees_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "wages",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_employees_case_id_number",
                schema: "wages",
                table: "employees",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_administrator_firm_id",
                schema: "wages",
                table: "files",
                columns: new[] { "tenant_id", "administrator_firm_id" });

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_case_number",
                schema: "wages",
                table: "files",
                columns: new[] { "tenant_id", "case_number" });

            migrationBuilder.CreateIndex(
                name: "ix_guarantee_rules_tenant_id_effective_from",
                schema: "wages",
                table: "guarantee_rules",
                columns: new[] { "tenant_id", "effective_from" },
                unique: true);

            foreach (var table in new[] { "files", "employees", "guarantee_rules" })
            {
                migrationBuilder.EnableTenantIsolation("wages", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "employees",
                schema: "wages");

            migrationBuilder.DropTable(
                name: "guarantee_rules",
                schema: "wages");

            migrationBuilder.DropTable(
                name: "files",
                schema: "wages");
        }
    }
}
