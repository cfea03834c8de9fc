using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ResolutionPeriodsAndCollateral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "challenge_due",
                schema: "cases",
                table: "meeting_resolutions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "reconsideration_due",
                schema: "cases",
                table: "meeting_resolutions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "collateral_proceeds",
                schema: "cases",
                table: "claims",
                type: "numeric",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "collateral_realized_on",
                schema: "cases",
                table: "claims",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "challenge_due",
                schema: "cases",
                table: "meeting_resolutions");

            migrationBuilder.DropColumn(
                name: "reconsideration_due",
                schema: "cases",
                table: "meeting_resolutions");

            migrationBuilder.DropColumn(
                name: "collateral_proceeds",
                schema: "cases",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "collateral_realized_on",
                schema: "cases",
                table: "claims");
        }
    }
}
