using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Coordination.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "coordination");

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    procedure = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "items",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    raised_by_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    routine = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    priority = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    source_key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    due_length = table.Column<int>(type: "integer", nullable: false),
                    due_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_provisional = table.Column<bool>(type: "boolean", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_open = table.Column<bool>(type: "boolean", nullable: false),
                    next_reminder_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_notice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sent_notices",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sent_notices", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reminder_days = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "templates",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    trigger = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    unit_kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    basis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    due_length = table.Column<int>(type: "integer", nullable: false),
                    due_unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "item_attachments",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_attachments_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "coordination",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_comments",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: true),
                    by_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_comments_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "coordination",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_steps",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    to_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_steps_items_item_id",
                        column: x => x.item_id,
                        principalSchema: "coordination",
                        principalTable: "items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attachment_contents",
                schema: "coordination",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachment_contents", x => x.id);
                    table.ForeignKey(
                        name: "fk_attachment_contents_item_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalSchema: "coordination",
                        principalTable: "item_attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attachment_contents_attachment_id",
                schema: "coordination",
                table: "attachment_contents",
                column: "attachment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_tenant_id_case_id",
                schema: "coordination",
                table: "cases",
                columns: new[] { "tenant_id", "case_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_attachments_item_id",
                schema: "coordination",
                table: "item_attachments",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_item_comments_item_id_at",
                schema: "coordination",
                table: "item_comments",
                columns: new[] { "item_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_item_steps_item_id_position",
                schema: "coordination",
                table: "item_steps",
                columns: new[] { "item_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_case_id",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "case_id" });

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_due_on_id",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "due_on", "id" },
                filter: "is_open");

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_next_reminder_on",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "next_reminder_on" },
                filter: "next_reminder_on IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_source_key",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "source_key" },
                unique: true,
                filter: "source_key IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_status",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "status" },
                filter: "status IN ('PendingConsent', 'Returned')");

            migrationBuilder.CreateIndex(
                name: "ix_items_tenant_id_unit_id_due_on_id",
                schema: "coordination",
                table: "items",
                columns: new[] { "tenant_id", "unit_id", "due_on", "id" },
                filter: "is_open");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_tenant_id_user_id_at",
                schema: "coordination",
                table: "notifications",
                columns: new[] { "tenant_id", "user_id", "at" },
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_sent_notices_tenant_id_item_id_kind_due_on_unit_id",
                schema: "coordination",
                table: "sent_notices",
                columns: new[] { "tenant_id", "item_id", "kind", "due_on", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_settings_tenant_id",
                schema: "coordination",
                table: "settings",
                column: "tenant_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_templates_tenant_id_trigger_key",
                schema: "coordination",
                table: "templates",
                columns: new[] { "tenant_id", "trigger", "key" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("coordination", "cases");
            migrationBuilder.EnableTenantIsolation("coordination", "items");
            migrationBuilder.EnableTenantIsolation("coordination", "notifications");
            migrationBuilder.EnableTenantIsolation("coordination", "sent_notices");
            migrationBuilder.EnableTenantIsolation("coordination", "settings");
            migrationBuilder.EnableTenantIsolation("coordination", "templates");
            migrationBuilder.EnableTenantIsolation("coordination", "item_attachments");
            migrationBuilder.EnableTenantIsolation("coordination", "item_comments");
            migrationBuilder.EnableTenantIsolation("coordination", "item_steps");
            migrationBuilder.EnableTenantIsolation("coordination", "attachment_contents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachment_contents",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "item_comments",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "item_steps",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "notifications",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "sent_notices",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "templates",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "item_attachments",
                schema: "coordination");

            migrationBuilder.DropTable(
                name: "items",
                schema: "coordination");
        }
    }
}
