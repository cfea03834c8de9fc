using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProtectedIdNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "id_number_cipher",
                schema: "platform",
                table: "users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "id_number_hash",
                schema: "platform",
                table: "users",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "id_number_masked",
                schema: "platform",
                table: "users",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_id_number_hash",
                schema: "platform",
                table: "users",
                column: "id_number_hash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_users_id_number_hash",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "id_number_cipher",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "id_number_hash",
                schema: "platform",
                table: "users");

            migrationBuilder.DropColumn(
                name: "id_number_masked",
                schema: "platform",
                table: "users");
        }
    }
}
