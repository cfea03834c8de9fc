using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Timeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_steps",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    basis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    to_state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ruling_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ruling_date = table.Column<DateOnly>(type: "date", nullable: false),
                    ruling_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_steps_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "cases",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_steps_case_id_position",
                schema: "cases",
                table: "case_steps",
                columns: new[] { "case_id", "position" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("cases", "case_steps");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_steps",
                schema: "cases");
        }
    }
}
