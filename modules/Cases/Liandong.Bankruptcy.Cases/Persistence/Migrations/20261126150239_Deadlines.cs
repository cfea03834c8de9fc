using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Deadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_deadlines",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false),
                    provisional = table.Column<bool>(type: "boolean", nullable: false),
                    source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_deadlines", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_deadlines_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_deadlines_case_id_kind",
                schema: "cases",
                table: "case_deadlines",
                columns: new[] { "case_id", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_deadlines_tenant_id_due",
                schema: "cases",
                table: "case_deadlines",
                columns: new[] { "tenant_id", "due" });

            migrationBuilder.EnableTenantIsolation("cases", "case_deadlines");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_deadlines",
                schema: "cases");
        }
    }
}
