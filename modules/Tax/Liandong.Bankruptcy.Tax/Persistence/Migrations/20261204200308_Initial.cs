using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Tax.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "tax");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "tax",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    debtor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    debtor_uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    procedure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    claim_deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    administrator_firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    creditor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    creditor_id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    declarations = table.Column<int>(type: "integer", nullable: false),
                    preservation_lifted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    preservation_measures = table.Column<string[]>(type: "text[]", nullable: false),
                    abnormal_since = table.Column<DateOnly>(type: "date", nullable: true),
                    abnormal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    returns_filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    penalty_decision = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    abnormal_lifted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    clearance_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    clearance_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    paid_in_distribution = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    written_off = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    credit_repair = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    credit_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    credit_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    credit_rating = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    credit_refusal_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "tax",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    social_insurance_late_fee_class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    social_insurance_fine_class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    creditor_id = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "claim_lines",
                schema: "tax",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    declaration = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tax_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    principal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    personal_account = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    late_fee_days = table.Column<int>(type: "integer", nullable: false),
                    late_fee_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    penalty = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    penalty_decision = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    late_fee_class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    penalty_class = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    declared_on = table.Column<DateOnly>(type: "date", nullable: false),
                    supplementary = table.Column<bool>(type: "boolean", nullable: false),
                    review = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    confirmed_principal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    confirmed_personal_account = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    confirmed_late_fee = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    confirmed_penalty = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    review_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reported = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_claim_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_claim_lines_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "tax",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "post_acceptance_taxes",
                schema: "tax",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    tax_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    arising_on = table.Column<DateOnly>(type: "date", nullable: false),
                    invoice_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_post_acceptance_taxes", x => x.id);
                    table.ForeignKey(
                        name: "fk_post_acceptance_taxes_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "tax",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_administrator_firm_id",
                schema: "tax",
                table: "cases",
                columns: new[] { "tenant_id", "administrator_firm_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_case_number",
                schema: "tax",
                table: "cases",
                columns: new[] { "tenant_id", "case_number" });

            migrationBuilder.CreateIndex(
                name: "ix_claim_lines_case_id_number",
                schema: "tax",
                table: "claim_lines",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_post_acceptance_taxes_case_id_arising_on",
                schema: "tax",
                table: "post_acceptance_taxes",
                columns: new[] { "case_id", "arising_on" });

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "tax",
                table: "settings",
                column: "tenant_id",
                unique: true);

            foreach (var table in new[] { "cases", "settings", "claim_lines", "post_acceptance_taxes" })
            {
                migrationBuilder.EnableTenantIsolation("tax", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "claim_lines",
                schema: "tax");

            migrationBuilder.DropTable(
                name: "post_acceptance_taxes",
                schema: "tax");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "tax");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "tax");
        }
    }
}
