using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Deregistration.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "deregistration");

            migrationBuilder.CreateTable(
                name: "files",
                schema: "deregistration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    debtor_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    debtor_uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    administrator_firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    terminated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    termination_basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    application_due = table.Column<DateOnly>(type: "date", nullable: true),
                    registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    customs_registered = table.Column<bool>(type: "boolean", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "closing_steps",
                schema: "deregistration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_closing_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_closing_steps_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "deregistration",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registration_changes",
                schema: "deregistration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    basis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    consent_document = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    applied_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registration_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_registration_changes_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "deregistration",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_publications",
                schema: "deregistration",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    step_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_status_publications", x => x.id);
                    table.ForeignKey(
                        name: "fk_status_publications_files_case_id",
                        column: x => x.case_id,
                        principalSchema: "deregistration",
                        principalTable: "files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_closing_steps_case_id_kind",
                schema: "deregistration",
                table: "closing_steps",
                columns: new[] { "case_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_administrator_firm_id",
                schema: "deregistration",
                table: "files",
                columns: new[] { "tenant_id", "administrator_firm_id" });

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_case_number",
                schema: "deregistration",
                table: "files",
                columns: new[] { "tenant_id", "case_number" });

            migrationBuilder.CreateIndex(
                name: "ix_files_tenant_id_debtor_uscc",
                schema: "deregistration",
                table: "files",
                columns: new[] { "tenant_id", "debtor_uscc" });

            migrationBuilder.CreateIndex(
                name: "ix_registration_changes_case_id_number",
                schema: "deregistration",
                table: "registration_changes",
                columns: new[] { "case_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_status_publications_case_id_step_step_on",
                schema: "deregistration",
                table: "status_publications",
                columns: new[] { "case_id", "step", "step_on" },
                unique: true);

            foreach (var table in new[] { "files", "closing_steps", "status_publications", "registration_changes" })
            {
                migrationBuilder.EnableTenantIsolation("deregistration", table);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "closing_steps",
                schema: "deregistration");

            migrationBuilder.DropTable(
                name: "registration_changes",
                schema: "deregistration");

            migrationBuilder.DropTable(
                name: "status_publications",
                schema: "deregistration");

            migrationBuilder.DropTable(
                name: "files",
                schema: "deregistration");
        }
    }
}
