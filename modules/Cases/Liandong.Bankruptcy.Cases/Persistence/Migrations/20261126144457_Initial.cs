using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "cases");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    court_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    case_year = table.Column<int>(type: "integer", nullable: false),
                    procedure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    presiding_judge = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    administrator_firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "debtors",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    uscc_override_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registered_address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    legal_representative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_debtors", x => x.id);
                    table.ForeignKey(
                        name: "fk_debtors_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_case_number",
                schema: "cases",
                table: "cases",
                columns: new[] { "tenant_id", "case_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_debtors_case_id",
                schema: "cases",
                table: "debtors",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_debtors_tenant_id_uscc",
                schema: "cases",
                table: "debtors",
                columns: new[] { "tenant_id", "uscc" });

            migrationBuilder.EnableTenantIsolation("cases", "cases");
            migrationBuilder.EnableTenantIsolation("cases", "debtors");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "debtors",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "cases");
        }
    }
}
