using System.Text.Json;
using System.Text.Json.Serialization;
using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Assets.Features.Settings;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files.Distribution;

/// <summary>An expense owed: a bankruptcy expense (art. 41) or a common-benefit debt (art. 42), its description, amount and day.</summary>
internal sealed record AddExpenseRequest(ExpenseKind? Kind, string? Description, decimal? Amount, DateOnly? IncurredOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("description", Description, Expense.MaxText);
        if (Amount is not > 0)
        {
            errors.Add("amount", "validation.amount");
        }

        Register.AssetRequest.Money(errors, "amount", Amount);
        errors.RequiredDate("incurredOn", IncurredOn);
    }
}

internal sealed class AddExpense(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, AddExpenseRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.IncurredOn!.Value, "incurredOn");
        file.AddExpense(request.Kind!.Value, request.Description!.Trim(), request.Amount!.Value, request.IncurredOn.Value, null).OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// The court's fee scheme: the administrator's fee on the SPC scale (with the county's provincial setting) unless fixed
/// as an amount; the separate fee a secured creditor agreed to for work on its collateral (art. 13); a reason when adjusting.
/// </summary>
internal sealed record FeeSchemeRequest(decimal? FixedAmount, decimal? SecuredCreditorFee, string? Reason, DateOnly? SetOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        Register.AssetRequest.Money(errors, "fixedAmount", FixedAmount);
        Register.AssetRequest.Money(errors, "securedCreditorFee", SecuredCreditorFee);
        errors.OptionalText("reason", Reason, 300);
        errors.RequiredDate("setOn", SetOn);
    }
}

/// <summary>The fee scheme set (preliminary: the administrator is told within 3 days) or adjusted after the administrator reported it to the first meeting.</summary>
internal sealed class SetFeeScheme(AssetsDbContext db, AssetFileReader files, IHolidayCalendar calendars, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, FeeSchemeRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.SetOn!.Value, "setOn");
        var calendar = await calendars.GetAsync(cancellationToken);
        file.SetFeeScheme(request.FixedAmount, request.SecuredCreditorFee, Register.AssetRequest.Text(request.Reason), request.SetOn.Value, calendar)
            .OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal enum FeeStep
{
    Notified, // the court told the administrator (SPC fee rules art. 6)
    Reported, // the administrator reported it to the first creditors' meeting (art. 7)
}

internal sealed record FeeStepRequest(FeeStep? Step, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("step", Step);
        errors.RequiredDate("on", On);
    }
}

internal sealed class RecordFeeStep(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, FeeStepRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.On!.Value, "on");
        file.RecordFeeStep(request.Step == FeeStep.Reported, request.On.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record DraftPlanRequest(DateOnly? DraftedOn) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("draftedOn", DraftedOn);
}

/// <summary>
/// A distribution plan version computed from the account's money and the Cases claims register (never entered by
/// hand): the engine's result and its arithmetic kept with it; an open draft superseded.
/// </summary>
internal sealed class DraftDistributionPlan(AssetsDbContext db, AssetFileReader files, ICaseQueries cases, IHolidayCalendar calendars, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, DraftPlanRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.DraftedOn!.Value;
        clock.NotInFuture(on, "draftedOn");
        var register = await cases.ClaimsForDistributionAsync(caseId, cancellationToken);
        var (outcome, input, sales) = file.DistributionInput(register, await db.CurrentSettingsAsync(cancellationToken));
        outcome.OrRefuse();
        var result = DistributionEngine.Distribute(input!);
        file.DraftPlan(result, sales, PlanJson.Write(result), on, await calendars.GetAsync(cancellationToken)).Outcome.OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The creditors' meeting's resolution on the version: the meeting's id and the resolution's number in it (Cases).</summary>
internal sealed record DistributionVoteRequest(Guid? MeetingId, int? Resolution) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (MeetingId is null || MeetingId == Guid.Empty)
        {
            errors.Add("meetingId", "validation.required");
        }

        if (Resolution is not > 0)
        {
            errors.Add("resolution", "validation.required");
        }
    }
}

/// <summary>
/// The vote on a version, read from the tallied Cases resolution (secured creditors keeping their priority had no vote,
/// art. 59(3)): adopted, or not; ruled by the court after the second failed vote (art. 65(2)), the version is in force.
/// </summary>
internal sealed class RecordDistributionVote(AssetsDbContext db, AssetFileReader files, ICaseQueries cases)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, DistributionVoteRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var vote = await cases.ResolutionAsync(caseId, request.MeetingId!.Value, request.Resolution!.Value, cancellationToken);
        var plan = file.DistributionPlans.SingleOrDefault(p => p.Number == number);
        file.RecordVote(number, request.MeetingId.Value, request.Resolution.Value, vote, plan is null ? [] : file.PayoutsOf(PlanJson.Read(plan.Arithmetic))).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The court's ruling confirming the adopted version (art. 115): its number, the day.</summary>
internal sealed record ConfirmPlanRequest(string? Ruling, DateOnly? ConfirmedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("ruling", Ruling, DistributionPlan.MaxText);
        errors.RequiredDate("confirmedOn", ConfirmedOn);
    }
}

internal sealed class ConfirmDistributionPlan(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, ConfirmPlanRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.ConfirmedOn!.Value, "confirmedOn");
        var plan = file.DistributionPlans.SingleOrDefault(p => p.Number == number);
        file.ConfirmPlan(number, request.Ruling!.Trim(), request.ConfirmedOn.Value, plan is null ? [] : file.PayoutsOf(PlanJson.Read(plan.Arithmetic))).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A payout paid: the account it went to (digits, spaces and hyphens), the day.</summary>
internal sealed record PayOutRequest(string? Account, DateOnly? PaidOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        AccountNumber(errors, "account", Account, required: true);
        errors.RequiredDate("paidOn", PaidOn);
    }

    public static void AccountNumber(ValidationErrors errors, string field, string? account, bool required)
    {
        if (required)
        {
            errors.RequiredText(field, account, Payout.MaxAccount);
        }
        else
        {
            errors.OptionalText(field, account, Payout.MaxAccount);
        }

        if (account is { } a && !string.IsNullOrWhiteSpace(a) && !a.Trim().All(c => char.IsAsciiDigit(c) || c == '-' || c == ' '))
        {
            errors.Add(field, "validation.invalid_value");
        }
    }
}

internal sealed class PayOut(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, int position, uint expected, PayOutRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.PaidOn!.Value, "paidOn");
        file.PayOut(number, position, request.Account!.Trim(), request.PaidOn.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal sealed record DatedRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("on", On);
}

/// <summary>A paid share came back; the final distribution notice; the unclaimed shares forfeited — each a dated step on a version in force.</summary>
internal sealed class DatedPlanStep(AssetsDbContext db, AssetFileReader files, IHolidayCalendar calendars, TimeProvider clock)
{
    public Task ReturnAsync(Guid caseId, int number, int position, uint expected, DatedRequest request, CancellationToken cancellationToken) =>
        StepAsync(caseId, expected, request, (file, on, _) => file.ReturnPayout(number, position, on), cancellationToken);

    public Task NoticeAsync(Guid caseId, int number, uint expected, DatedRequest request, CancellationToken cancellationToken) =>
        StepAsync(caseId, expected, request, (file, on, calendar) => file.GiveFinalNotice(number, on, calendar), cancellationToken);

    public Task ForfeitAsync(Guid caseId, int number, uint expected, DatedRequest request, CancellationToken cancellationToken) =>
        StepAsync(caseId, expected, request, (file, on, _) => file.ForfeitUnclaimed(number, on).Outcome, cancellationToken);

    private async Task StepAsync(Guid caseId, uint expected, DatedRequest request, Func<AssetFile, DateOnly, WorkingCalendar, AssetsOutcome> step, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.On!.Value, "on");
        step(file, request.On.Value, await calendars.GetAsync(cancellationToken)).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A disputed claim settled: what of its reserve goes to the claimant (0 when the claim failed), the account, the day.</summary>
internal sealed record SettleReserveRequest(decimal? Released, string? Account, DateOnly? SettledOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Released is null)
        {
            errors.Add("released", "validation.required");
        }

        Register.AssetRequest.Money(errors, "released", Released);
        PayOutRequest.AccountNumber(errors, "account", Account, required: Released > 0);
        errors.RequiredDate("settledOn", SettledOn);
    }
}

internal sealed class SettleReserve(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, int position, uint expected, SettleReserveRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.SettledOn!.Value, "settledOn");
        file.SettleReserve(number, position, request.Released!.Value, Register.AssetRequest.Text(request.Account), request.SettledOn.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An application to the fee-guarantee fund: the amount, what for, the day.</summary>
internal sealed record FundApplicationRequest(decimal? Amount, string? Purpose, DateOnly? AppliedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Amount is not > 0)
        {
            errors.Add("amount", "validation.amount");
        }

        Register.AssetRequest.Money(errors, "amount", Amount);
        errors.RequiredText("purpose", Purpose, FundApplication.MaxText);
        errors.RequiredDate("appliedOn", AppliedOn);
    }
}

/// <summary>The administrator applies to the fee-guarantee fund: the finance unit's item (decide within 10 working days).</summary>
internal sealed class ApplyToFund(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, FundApplicationRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.AppliedOn!.Value;
        clock.NotInFuture(on, "appliedOn");
        var (outcome, application) = file.ApplyToFund(request.Amount!.Value, request.Purpose!.Trim(), on);
        outcome.OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await outbox.PublishAsync(new ItemRequested(caseId, FundKind(application!.Number), nameof(UnitKind.Finance),
            $"审批破产费用保障资金申请（第{application.Number}号，{application.Amount:N2} 元）", "府院联动机制（费用保障）", 10, true, on,
            $"assets:{caseId:N}:fund:{application.Number}"));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public static string FundKind(int number) => $"assets.fund.{number}";
}

internal sealed record FundDecisionRequest(bool? Approved, decimal? Amount, string? Reason, DateOnly? DecidedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Approved is null)
        {
            errors.Add("approved", "validation.required");
        }

        if (Amount is not null and not > 0)
        {
            errors.Add("amount", "validation.amount");
        }

        Register.AssetRequest.Money(errors, "amount", Amount);
        if (Approved == false)
        {
            errors.RequiredText("reason", Reason, FundApplication.MaxText);
        }
        else
        {
            errors.OptionalText("reason", Reason, FundApplication.MaxText);
        }

        errors.RequiredDate("decidedOn", DecidedOn);
    }
}

/// <summary>
/// The finance unit decides an application (only a user of a finance unit: 403 otherwise, after the 404 of another
/// county's case) and later pays it: the payment is a receipt of the account and answers the item.
/// </summary>
internal sealed class DecideFund(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, ICurrentUnit unit, TimeProvider clock)
{
    public async Task DecideAsync(Guid caseId, int number, uint expected, FundDecisionRequest request, CancellationToken cancellationToken)
    {
        var file = await FinanceAsync(caseId, expected, cancellationToken);
        var on = request.DecidedOn!.Value;
        clock.NotInFuture(on, "decidedOn");
        file.DecideFund(number, request.Approved!.Value, request.Amount, on, Register.AssetRequest.Text(request.Reason)).OrRefuse();
        if (request.Approved == false)
        {
            await outbox.AnswerAsync(caseId, ApplyToFund.FundKind(number), on, $"不予拨付：{request.Reason!.Trim()}");
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public async Task PayAsync(Guid caseId, int number, uint expected, DatedRequest request, CancellationToken cancellationToken)
    {
        var file = await FinanceAsync(caseId, expected, cancellationToken);
        var on = request.On!.Value;
        clock.NotInFuture(on, "on");
        file.FundPaid(number, on).OrRefuse();
        var paid = file.FundApplications.Single(a => a.Number == number).ApprovedAmount!.Value;
        await outbox.AnswerAsync(caseId, ApplyToFund.FundKind(number), on, $"已拨付 {paid:N2} 元");
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private async Task<AssetFile> FinanceAsync(Guid caseId, uint expected, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        if (unit.Unit is not { Kind: UnitKind.Finance })
        {
            throw new BusinessException("assets.not_the_finance_unit", 403);
        }

        return file;
    }
}

/// <summary>The engine's result as a plan keeps it (enum names as strings).</summary>
internal static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(DistributionResult result) => JsonSerializer.Serialize(result, Options);

    public static DistributionResult Read(string json) => JsonSerializer.Deserialize<DistributionResult>(json, Options)!;
}
