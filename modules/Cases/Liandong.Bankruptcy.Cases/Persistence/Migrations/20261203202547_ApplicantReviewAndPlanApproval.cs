using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApplicantReviewAndPlanApproval : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "applicant",
                schema: "cases",
                table: "cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "approved_plan_meeting_id",
                schema: "cases",
                table: "cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "approved_plan_resolution",
                schema: "cases",
                table: "cases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "supervision_until",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "supplement_requested_on",
                schema: "cases",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "counts_from",
                schema: "cases",
                table: "case_deadlines",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "paused_days",
                schema: "cases",
                table: "case_deadlines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The first meeting counts from the claim period's end (art. 62) and moves with it; a transferred case's
            // applicant is the transfer.
            migrationBuilder.Sql("UPDATE cases.case_deadlines SET counts_from = 'ClaimDeadline' WHERE kind = 'FirstMeeting';");
            migrationBuilder.Sql("UPDATE cases.cases SET applicant = 'EnforcementTransfer' WHERE transfer_decision_number IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "applicant",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "approved_plan_meeting_id",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "approved_plan_resolution",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "supervision_until",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "supplement_requested_on",
                schema: "cases",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "counts_from",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "paused_days",
                schema: "cases",
                table: "case_deadlines");
        }
    }
}
