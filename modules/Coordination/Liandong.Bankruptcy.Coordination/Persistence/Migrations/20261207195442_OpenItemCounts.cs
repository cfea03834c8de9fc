using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OpenItemCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "open_item_counts",
                schema: "coordination",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_open_item_counts", x => new { x.tenant_id, x.unit_id, x.due_on });
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_items_open_is_due",
                schema: "coordination",
                table: "items",
                sql: "NOT is_open OR due_on IS NOT NULL");

            migrationBuilder.EnableTenantIsolation("coordination", "open_item_counts");
            migrationBuilder.Sql(OpenItemCountsSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OpenItemCountsSql.Down);
            migrationBuilder.DropTable(
                name: "open_item_counts",
                schema: "coordination");

            migrationBuilder.DropCheckConstraint(
                name: "ck_items_open_is_due",
                schema: "coordination",
                table: "items");
        }
    }
}
