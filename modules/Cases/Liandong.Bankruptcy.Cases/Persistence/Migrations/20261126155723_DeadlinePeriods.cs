using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeadlinePeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "period_length",
                schema: "cases",
                table: "case_deadlines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "period_unit",
                schema: "cases",
                table: "case_deadlines",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            // Deadlines stored before their periods were: the period each kind's rule gives (DeadlineRules), the plan
            // period 9 months when it was extended; a claim deadline is the court's choice and keeps none.
            migrationBuilder.Sql("""
                UPDATE cases.case_deadlines SET period_unit = 'Days', period_length = CASE kind
                    WHEN 'Announcement' THEN 25 WHEN 'DeregistrationApplication' THEN 10 ELSE 15 END
                WHERE kind IN ('Announcement', 'DeregistrationApplication', 'FirstMeeting', 'TerminationDecision');
                UPDATE cases.case_deadlines SET period_unit = 'Months',
                    period_length = CASE WHEN due > starts_on + interval '7 months' THEN 9 ELSE 6 END
                WHERE kind = 'ReorganizationPlan';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "period_length",
                schema: "cases",
                table: "case_deadlines");

            migrationBuilder.DropColumn(
                name: "period_unit",
                schema: "cases",
                table: "case_deadlines");
        }
    }
}
