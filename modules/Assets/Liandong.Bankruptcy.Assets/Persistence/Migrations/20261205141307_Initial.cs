using System;
using System.Collections.Generic;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Assets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "assets");

            migrationBuilder.CreateTable(
                name: "files",
                schema: "assets",
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
                    plan_version = table.Column<int>(type: "integer", nullable: false),
                    plan_adopted_by = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    plan_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    plan_adopted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    plan_first_price_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    plan_cut_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    plan_auction_rounds = table.Column<int>(type: "integer", nullable: false),
                    plan_deposit_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    plan_fixed_price_sale = table.Column<bool>(type: "boolean", nullable: false),
                    account_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    account_requests = table.Column<int>(type: "integer", nullable: false),
                    account_bank = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    account_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    account_opened_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "account_entries",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source_number = table.Column<int>(type: "integer", nullable: true),
                    approval = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    request_number = table.Column<int>(type: "integer", nullable: true),
                    consent = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    statement_line = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_account_entries_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assets",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    identifier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    appraised_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    appraised_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    inquiry_number = table.Column<int>(type: "integer", nullable: true),
                    result_position = table.Column<int>(type: "integer", nullable: true),
                    retrieval_claimant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    retrieval_basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    retrieval_claimed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    retrieval = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    retrieval_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assets", x => x.id);
                    table.ForeignKey(
                        name: "fk_assets_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inquiries",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiries", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiries_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sales",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    asset_number = table.Column<int>(type: "integer", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starting_price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    deposit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    announced_on = table.Column<DateOnly>(type: "date", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    price = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    buyer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    warnings = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sales", x => x.id);
                    table.ForeignKey(
                        name: "fk_sales_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "seizures",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    seizing_body = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    seized_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    step = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    step_on = table.Column<DateOnly>(type: "date", nullable: true),
                    lifted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    proceeds_handed_over = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_seizures", x => x.id);
                    table.ForeignKey(
                        name: "fk_seizures_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statement_lines",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    counterparty = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    memo = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    entry_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_statement_lines_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "takeover",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    handed_over_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    received_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    on = table.Column<DateOnly>(type: "date", nullable: true),
                    note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    police_requests = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_takeover", x => x.id);
                    table.ForeignKey(
                        name: "fk_takeover_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "assets",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "encumbrances",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    asset_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    rank = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    claim_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encumbrances", x => x.id);
                    table.ForeignKey(
                        name: "fk_encumbrances_assets_asset_id",
                        column: x => x.asset_id,
                        principalSchema: "assets",
                        principalTable: "assets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_results",
                schema: "assets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inquiry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    identifier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    location = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    restrictions = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    asset_number = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inquiry_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_inquiry_results_inquiries_inquiry_id",
                        column: x => x.inquiry_id,
                        principalSchema: "assets",
                        principalTable: "inquiries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_entries_case_id_number",
                schema: "assets",
                table: "account_entries",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_assets_case_id_number",
                schema: "assets",
                table: "assets",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_encumbrances_asset_id_position",
                schema: "assets",
                table: "encumbrances",
                columns: new[] { "asset_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_administrator_firm_id",
                schema: "assets",
                table: "files",
                columns: new[] { "tenant_id", "administrator_firm_id" });

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_case_number",
                schema: "assets",
                table: "files",
                columns: new[] { "tenant_id", "case_number" });

            migrationBuilder.CreateIndex(
                name: "ix_inquiries_case_id_number",
                schema: "assets",
                table: "inquiries",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inquiry_results_inquiry_id_position",
                schema: "assets",
                table: "inquiry_results",
                columns: new[] { "inquiry_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sales_case_id_number",
                schema: "assets",
                table: "sales",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_seizures_asset_id",
                schema: "assets",
                table: "seizures",
                column: "asset_id");

            migrationBuilder.CreateIndex(
                name: "ix_seizures_case_id_number",
                schema: "assets",
                table: "seizures",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_lines_case_id_number",
                schema: "assets",
                table: "statement_lines",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_takeover_case_id_number",
                schema: "assets",
                table: "takeover",
                columns: new[] { "case_id", "number" },
                unique: true);

            foreach (var table in new[] { "files", "account_entries", "assets", "inquiries", "sales", "seizures", "statement_lines", "takeover", "encumbrances", "inquiry_results" })
            {
                migrationBuilder.EnableTenantIsolation("assets", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_entries",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "encumbrances",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "inquiry_results",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "sales",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "seizures",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "statement_lines",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "takeover",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "assets",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "inquiries",
                schema: "assets");

            migrationBuilder.DropTable(
                name: "files",
                schema: "assets");
        }
    }
}
