using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Liandong.Bankruptcy.Cases.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyInTheCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
