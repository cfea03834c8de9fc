using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyInTheCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The stored answers go: a key now records the id its create made, in the create's own transaction.
            migrationBuilder.Sql("DELETE FROM platform.idempotency_records;");

            migrationBuilder.DropColumn(
                name: "e_tag",
                schema: "platform",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "location",
                schema: "platform",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "response_body",
                schema: "platform",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "status_code",
                schema: "platform",
                table: "idempotency_records");

            migrationBuilder.AddColumn<Guid>(
                name: "resource_id",
                schema: "platform",
                table: "idempotency_records",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "resource_id",
                schema: "platform",
                table: "idempotency_records");

            migrationBuilder.AddColumn<string>(
                name: "e_tag",
                schema: "platform",
                table: "idempotency_records",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "location",
                schema: "platform",
                table: "idempotency_records",
                type: "character varying(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "response_body",
                schema: "platform",
                table: "idempotency_records",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "status_code",
                schema: "platform",
                table: "idempotency_records",
                type: "integer",
                nullable: true);
        }
    }
}
