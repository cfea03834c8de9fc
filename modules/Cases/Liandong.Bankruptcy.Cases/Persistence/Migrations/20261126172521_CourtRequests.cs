using System;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CourtRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "court_requests",
                schema: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    requested_on = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    replied_on = table.Column<DateOnly>(type: "date", nullable: true),
                    replied_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_court_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_court_requests_tenant_id_case_id_number",
                schema: "cases",
                table: "court_requests",
                columns: new[] { "tenant_id", "case_id", "number" },
                unique: true);

            migrationBuilder.EnableTenantIsolation("cases", "court_requests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "court_requests",
                schema: "cases");
        }
    }
}
