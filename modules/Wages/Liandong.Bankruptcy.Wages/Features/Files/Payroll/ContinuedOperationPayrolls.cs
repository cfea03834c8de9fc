using System.Globalization;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Contracts;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Payroll;

/// <summary>A month of continued operation (<c>yyyy-MM</c>), the employees kept at work (1–100,000), their wages, and the day paid if already paid.</summary>
internal sealed record PayrollRequest(string? Month, int? Employees, decimal? Amount, DateOnly? PaidOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (ParsedMonth is null)
        {
            errors.Add("month", "wages.month");
        }

        if (Employees is not (>= 1 and <= 100_000))
        {
            errors.Add("employees", "validation.range", 1, 100_000);
        }

        if (Amount is not { } value || value <= 0 || value > 10_000_000_000m || decimal.Round(value, 2) != value)
        {
            errors.Add("amount", "validation.amount");
        }
    }

    public DateOnly? ParsedMonth =>
        DateOnly.TryParseExact($"{Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}

/// <summary>The day a month's wages were paid.</summary>
internal sealed record PayrollPaymentRequest(DateOnly? PaidOn) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("paidOn", PaidOn);
}

/// <summary>
/// The wages of continued operation after acceptance (EBL arts. 26, 42(4)): each month booked as a common-benefit debt
/// and its payment recorded, each announced (<see cref="ContinuedOperationWagesBooked"/>) in the same transaction for
/// the estate's accounts; they are not claims and never enter the claims register.
/// </summary>
internal sealed class ContinuedOperationPayrolls(IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, TimeProvider clock)
{
    public async Task BookAsync(Guid caseId, uint expected, PayrollRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var month = request.ParsedMonth!.Value;
        if (request.PaidOn is { } paid)
        {
            clock.NotInFuture(paid, "paidOn");
        }

        clock.NotInFuture(month, "month");
        file.BookPayroll(month, request.Employees!.Value, request.Amount!.Value, request.PaidOn).OrRefuse();
        await outbox.PublishAsync(new ContinuedOperationWagesBooked(caseId, month, request.Amount!.Value, request.PaidOn));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public async Task PayAsync(Guid caseId, Guid payrollId, uint expected, PayrollPaymentRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.PaidOn!.Value;
        clock.NotInFuture(on, "paidOn");
        file.PayPayroll(payrollId, on).OrRefuse();
        var payroll = file.Payrolls.Single(p => p.Id == payrollId);
        await outbox.PublishAsync(new ContinuedOperationWagesBooked(caseId, payroll.Month, payroll.Amount, on));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/continued-operation", (Guid id, PayrollRequest request, ContinuedOperationPayrolls handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.BookAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("BookContinuedOperationWages", "Book a month's wages of continued operation after acceptance, a common-benefit debt (art. 42(4))",
                "登记继续营业期间的职工工资（共益债务）");
        cases.MapPost("/{id:guid}/continued-operation/{payrollId:guid}/payment", (Guid id, Guid payrollId, PayrollPaymentRequest request, ContinuedOperationPayrolls handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.PayAsync(id, payrollId, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("PayContinuedOperationWages", "Record the payment of a month's wages of continued operation", "登记继续营业期间工资的支付");
    }
}
