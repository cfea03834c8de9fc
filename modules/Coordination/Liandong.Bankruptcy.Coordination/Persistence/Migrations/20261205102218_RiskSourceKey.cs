using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RiskSourceKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_key",
                schema: "coordination",
                table: "risks",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_risks_tenant_id_source_key",
                schema: "coordination",
                table: "risks",
                columns: new[] { "tenant_id", "source_key" },
                unique: true,
                filter: "source_key IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_risks_tenant_id_source_key",
                schema: "coordination",
                table: "risks");

            migrationBuilder.DropColumn(
                name: "source_key",
                schema: "coordination",
                table: "risks");
        }
    }
}
