using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TemplateGrants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applied_template_grants",
                schema: "platform",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_key = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    permission = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applied_template_grants", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_applied_template_grants_tenant_id_role_key_permission",
                schema: "platform",
                table: "applied_template_grants",
                columns: new[] { "tenant_id", "role_key", "permission" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("platform", "applied_template_grants");

            // Counties seeded before this migration received every template grant of their time.
            migrationBuilder.Sql("""
                INSERT INTO platform.applied_template_grants (id, tenant_id, role_key, permission, created_at, updated_at)
                SELECT gen_random_uuid(), r.tenant_id, r.template_key, g.permission, now(), now()
                FROM platform.roles r JOIN platform.role_grants g ON g.role_id = r.id
                WHERE r.template_key IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applied_template_grants",
                schema: "platform");
        }
    }
}
