using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MeetingRulingsMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "minutes",
                schema: "cases",
                table: "meetings",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "revote_of",
                schema: "cases",
                table: "meeting_resolutions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ruling_date",
                schema: "cases",
                table: "meeting_resolutions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ruling_kind",
                schema: "cases",
                table: "meeting_resolutions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ruling_number",
                schema: "cases",
                table: "meeting_resolutions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "minutes",
                schema: "cases",
                table: "meetings");

            migrationBuilder.DropColumn(
                name: "revote_of",
                schema: "cases",
                table: "meeting_resolutions");

            migrationBuilder.DropColumn(
                name: "ruling_date",
                schema: "cases",
                table: "meeting_resolutions");

            migrationBuilder.DropColumn(
                name: "ruling_kind",
                schema: "cases",
                table: "meeting_resolutions");

            migrationBuilder.DropColumn(
                name: "ruling_number",
                schema: "cases",
                table: "meeting_resolutions");
        }
    }
}
