using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CommitteeApprovalAndMajority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "approval_date",
                schema: "cases",
                table: "committees",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approval_kind",
                schema: "cases",
                table: "committees",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "approval_number",
                schema: "cases",
                table: "committees",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "votes_for",
                schema: "cases",
                table: "committee_decisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "approval_date",
                schema: "cases",
                table: "committees");

            migrationBuilder.DropColumn(
                name: "approval_kind",
                schema: "cases",
                table: "committees");

            migrationBuilder.DropColumn(
                name: "approval_number",
                schema: "cases",
                table: "committees");

            migrationBuilder.DropColumn(
                name: "votes_for",
                schema: "cases",
                table: "committee_decisions");
        }
    }
}
