using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditRequestActionSubject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "action",
                schema: "platform",
                table: "audit_requests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "subject_id",
                schema: "platform",
                table: "audit_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_requests_tenant_id_subject_id_id",
                schema: "platform",
                table: "audit_requests",
                columns: new[] { "tenant_id", "subject_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_requests_tenant_id_subject_id_id",
                schema: "platform",
                table: "audit_requests");

            migrationBuilder.DropColumn(
                name: "action",
                schema: "platform",
                table: "audit_requests");

            migrationBuilder.DropColumn(
                name: "subject_id",
                schema: "platform",
                table: "audit_requests");
        }
    }
}
