using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_deadlines_tenant_id_due",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                schema: "cases",
                table: "case_deadlines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                schema: "cases",
                table: "case_deadlines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Open"); // the deadlines stored before: all still open

            migrationBuilder.CreateIndex(
                name: "ix_case_deadlines_tenant_id_due_id",
                schema: "cases",
                table: "case_deadlines",
                columns: new[] { "tenant_id", "due", "id" },
                filter: "status = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_case_deadlines_tenant_id_due_id",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "closed_on",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "status",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.CreateIndex(
                name: "ix_case_deadlines_tenant_id_due",
                schema: "cases",
                table: "case_deadlines",
                columns: new[] { "tenant_id", "due" });
        }
    }
}
