using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CounterHandlingDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_items_tenant_id_starts_on",
                schema: "coordination",
                table: "items");

            migrationBuilder.AddColumn<int>(
                name: "handling_days",
                schema: "coordination",
                table: "unit_day_counters",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "handling_days",
                schema: "coordination",
                table: "unit_day_counters");

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_starts_on",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "starts_on" });
        }
    }
}
