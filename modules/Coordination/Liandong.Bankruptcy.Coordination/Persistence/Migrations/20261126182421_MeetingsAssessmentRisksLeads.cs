using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MeetingsAssessmentRisksLeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "item_id",
                schema: "coordination",
                table: "notifications",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "link",
                schema: "coordination",
                table: "notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "meeting_id",
                schema: "coordination",
                table: "items",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "assessment_records",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessment_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evasion_leads",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    basis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    facts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    handed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evasion_leads", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    raised_by_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    raised_by_unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    memo = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    memo_on = table.Column<DateOnly>(type: "date", nullable: true),
                    sent_up_on = table.Column<DateOnly>(type: "date", nullable: true),
                    circulated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "risks",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    level = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    owner = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    owner_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    home_buyers = table.Column<int>(type: "integer", nullable: true),
                    delivery_guarantee = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "unit_day_counters",
                schema: "coordination",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    assigned = table.Column<int>(type: "integer", nullable: false),
                    completed = table.Column<int>(type: "integer", nullable: false),
                    on_time = table.Column<int>(type: "integer", nullable: false),
                    overdue = table.Column<int>(type: "integer", nullable: false),
                    returned = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_day_counters", x => new { x.tenant_id, x.unit_id, x.day });
                });

            migrationBuilder.CreateTable(
                name: "meeting_cases",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_cases_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "coordination",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_units",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_units_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "coordination",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "memo_decisions",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    due_length = table.Column<int>(type: "integer", nullable: false),
                    due_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    item_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_memo_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_memo_decisions_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "coordination",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "risk_links",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    risk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_risk_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_risk_links_risks_risk_id",
                        column: x => x.risk_id,
                        principalSchema: "coordination",
                        principalTable: "risks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_starts_on",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_assessment_records_tenant_id_decided_on",
                schema: "coordination",
                table: "assessment_records",
                columns: new[] { "tenant_id", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_evasion_leads_item_id",
                schema: "coordination",
                table: "evasion_leads",
                column: "item_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evasion_leads_tenant_id_handed_on",
                schema: "coordination",
                table: "evasion_leads",
                columns: new[] { "tenant_id", "handed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_cases_meeting_id_case_id",
                schema: "coordination",
                table: "meeting_cases",
                columns: new[] { "meeting_id", "case_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_units_meeting_id_unit_id",
                schema: "coordination",
                table: "meeting_units",
                columns: new[] { "meeting_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meetings_tenant_id_held_on",
                schema: "coordination",
                table: "meetings",
                columns: new[] { "tenant_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ix_memo_decisions_meeting_id_number",
                schema: "coordination",
                table: "memo_decisions",
                columns: new[] { "meeting_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risk_links_risk_id_kind_target_id",
                schema: "coordination",
                table: "risk_links",
                columns: new[] { "risk_id", "kind", "target_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_risks_tenant_id_resolved_on",
                schema: "coordination",
                table: "risks",
                columns: new[] { "tenant_id", "resolved_on" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_day_counters_day",
                schema: "coordination",
                table: "unit_day_counters",
                column: "day");

            migrationBuilder.Sql("UPDATE coordination.notifications SET link = '/coordination/items/' || item_id WHERE link = '';");
            foreach (var table in new[] { "assessment_records", "evasion_leads", "meetings", "risks", "unit_day_counters", "meeting_cases", "meeting_units", "memo_decisions", "risk_links" })
            {
                migrationBuilder.EnableTenantIsolation("coordination", table);
            }

            migrationBuilder.Sql(CityCountersSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CityCountersSql.Down);

            migrationBuilder.DropTable(
                name: "assessment_records",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "evasion_leads",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "meeting_cases",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "meeting_units",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "memo_decisions",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "risk_links",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "unit_day_counters",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "risks",
                schema: "coordination");

            migrationBuilder.DropIndex(
                name: "ix_items_tenant_id_starts_on",
                schema: "coordination",
                table: "items");

            migrationBuilder.DropColumn(
                name: "link",
                schema: "coordination",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "meeting_id",
                schema: "coordination",
                table: "items");

            migrationBuilder.AlterColumn<Guid>(
                name: "item_id",
                schema: "coordination",
                table: "notifications",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
