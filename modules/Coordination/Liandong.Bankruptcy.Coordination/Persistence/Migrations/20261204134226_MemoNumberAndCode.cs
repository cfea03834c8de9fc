using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MemoNumberAndCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "memo_code",
                schema: "coordination",
                table: "settings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "府院联纪");

            migrationBuilder.AddColumn<int>(
                name: "memo_number",
                schema: "coordination",
                table: "meetings",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "memo_year",
                schema: "coordination",
                table: "meetings",
                type: "integer",
                nullable: true);

            // Memos recorded before numbering get their numbers in the order they were recorded, per county and year.
            migrationBuilder.Sql("""
                UPDATE coordination.meetings m SET memo_year = n.year, memo_number = n.number
                FROM (SELECT id, extract(year FROM memo_on)::int AS year,
                             row_number() OVER (PARTITION BY tenant_id, extract(year FROM memo_on) ORDER BY memo_on, id)::int AS number
                      FROM coordination.meetings WHERE memo_on IS NOT NULL) n
                WHERE m.id = n.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_tenant_id_memo_year_memo_number",
                schema: "coordination",
                table: "meetings",
                columns: new[] { "tenant_id", "memo_year", "memo_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_meetings_tenant_id_memo_year_memo_number",
                schema: "coordination",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "memo_code",
                schema: "coordination",
                table: "settings");

            migrationBuilder.DropColumn(
                name: "memo_number",
                schema: "coordination",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "memo_year",
                schema: "coordination",
                table: "meetings");
        }
    }
}
