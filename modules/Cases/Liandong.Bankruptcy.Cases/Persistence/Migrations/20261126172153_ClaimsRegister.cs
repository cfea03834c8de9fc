using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClaimsRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "claims",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    creditor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    priority = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    voting_class = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    principal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    interest = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    other = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    collateral = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    rank = table.Column<int>(type: "integer", nullable: true),
                    declared_on = table.Column<DateOnly>(type: "date", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    source_module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    source_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    review = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confirmed_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    review_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    objection_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    objection_raised_on = table.Column<DateOnly>(type: "date", nullable: true),
                    suit_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    objection = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    court_confirmed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claims", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_claims_tenant_id_case_id_number",
                schema: "cases",
                table: "claims",
                columns: new[] { "tenant_id", "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_claims_tenant_id_case_id_source_module_source_id",
                schema: "cases",
                table: "claims",
                columns: new[] { "tenant_id", "case_id", "source_module", "source_id" },
                unique: true,
                filter: "source_module IS NOT NULL");

            migrationBuilder.EnableTenantIsolation("cases", "claims");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claims",
                schema: "cases");
        }
    }
}
