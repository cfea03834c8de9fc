using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CreditorsMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "court_set_amount",
                schema: "cases",
                table: "claims",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "social_insurance",
                schema: "cases",
                table: "claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "waived_priority",
                schema: "cases",
                table: "claims",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    first = table.Column<bool>(type: "boolean", nullable: false),
                    notice_sent_on = table.Column<DateOnly>(type: "date", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meeting_ballots",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resolution = table.Column<int>(type: "integer", nullable: false),
                    claim_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ballot = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    remote = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_ballots", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_ballots_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "cases",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_resolutions",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    adopted = table.Column<bool>(type: "boolean", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result_notice_due = table.Column<DateOnly>(type: "date", nullable: true),
                    arithmetic = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_resolutions", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_resolutions_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "cases",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_ballots_meeting_id_resolution_claim_id",
                schema: "cases",
                table: "meeting_ballots",
                columns: new[] { "meeting_id", "resolution", "claim_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_resolutions_meeting_id_number",
                schema: "cases",
                table: "meeting_resolutions",
                columns: new[] { "meeting_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_tenant_id_case_id_number",
                schema: "cases",
                table: "meetings",
                columns: new[] { "tenant_id", "case_id", "number" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("cases", "meetings");
            migrationBuilder.EnableTenantIsolation("cases", "meeting_resolutions");
            migrationBuilder.EnableTenantIsolation("cases", "meeting_ballots");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "meeting_ballots",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "meeting_resolutions",
                schema: "cases");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "cases");

            migrationBuilder.DropColumn(
                name: "court_set_amount",
                schema: "cases",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "social_insurance",
                schema: "cases",
                table: "claims");

            migrationBuilder.DropColumn(
                name: "waived_priority",
                schema: "cases",
                table: "claims");
        }
    }
}
