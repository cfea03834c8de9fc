using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Platform.ProtectedData;

namespace Liandong.Bankruptcy.Assets.Features.Files.Distribution;

/// <summary>
/// The distribution side of an estate as the file's GET shows it: the fee scheme and its steps, the expenses owed and
/// provided for, the fund applications, the plan versions (each plan's arithmetic and payouts are read one at a time),
/// and what plans in force still owe out of the account.
/// </summary>
internal sealed record DistributionDto(
    FeeSchemeDto FeeScheme, IReadOnlyList<ExpenseDto> Expenses, IReadOnlyList<FundApplicationDto> FundApplications, IReadOnlyList<PlanSummaryDto> Plans, decimal Owed)
{
    public static DistributionDto From(AssetFile f) => new(
        new FeeSchemeDto(f.FeeSchemeVersion, f.FeeSchemeOn, f.FeeFixedAmount, f.SecuredCreditorFee, f.FeeNoticeDue, f.FeeNotifiedOn, f.FeeReportedOn, f.FeeAdjustmentReason),
        [.. f.Expenses.OrderBy(e => e.Number).Select(e => new ExpenseDto(
            e.Number, e.Kind.ToString(), e.Description, e.Amount, e.On, e.SourceKey?.Split(':')[0] ?? "manual", e.PaidOn, e.PlanNumber, e.Owed))],
        [.. f.FundApplications.OrderBy(a => a.Number).Select(a => new FundApplicationDto(
            a.Number, a.Amount, a.Purpose, a.AppliedOn, a.Status.ToString(), a.ApprovedAmount, a.DecidedOn, a.Reason, a.PaidOn, a.EntryNumber))],
        [.. f.DistributionPlans.OrderBy(p => p.Number).Select(PlanSummaryDto.From)],
        f.Owed);
}

/// <summary>The administrator's fee scheme: version (0: none yet), fixed amount (null: the scale), the secured creditor's fee (art. 13), and its steps.</summary>
internal sealed record FeeSchemeDto(
    int Version, DateOnly? SetOn, decimal? FixedAmount, decimal? SecuredCreditorFee, DateOnly? NoticeDue, DateOnly? NotifiedOn, DateOnly? ReportedOn, string? AdjustmentReason);

/// <summary>An expense: its kind, the source (<c>manual</c>, <c>tax</c>, <c>wages</c>), paid as it fell due or provided for by a plan.</summary>
internal sealed record ExpenseDto(int Number, string Kind, string Description, decimal Amount, DateOnly On, string Source, DateOnly? PaidOn, int? PlanNumber, bool Owed);

internal sealed record FundApplicationDto(
    int Number, decimal Amount, string Purpose, DateOnly AppliedOn, string Status, decimal? ApprovedAmount, DateOnly? DecidedOn, string? Reason, DateOnly? PaidOn, int? EntryNumber);

internal sealed record PlanSummaryDto(
    int Number, bool Supplementary, string Status, DateOnly DraftedOn, decimal Estate, decimal CourtFee, decimal AdministratorFee, decimal Paid, decimal Reserved,
    decimal Remaining, Guid? MeetingId, int? Resolution, DateOnly? VotedOn, DateOnly? ConfirmedOn, string? Ruling, DateOnly? FinalNoticeOn, DateOnly? ForfeitableOn)
{
    public static PlanSummaryDto From(DistributionPlan p) => new(
        p.Number, p.Supplementary, p.Status.ToString(), p.DraftedOn, p.Estate, p.CourtFee, p.AdministratorFee, p.Paid, p.Reserved, p.Remaining,
        p.MeetingId, p.ResolutionNumber, p.VotedOn, p.ConfirmedOn, p.Ruling, p.FinalNoticeOn, p.ForfeitableOn);
}

/// <summary>
/// One version with its arithmetic (the engine's result: fees with their bands, every tranche, every line and creditor)
/// and its payout register; natural persons' names, ID numbers and accounts masked throughout. <c>Version</c> is the
/// estate's (what If-Match takes).
/// </summary>
internal sealed record PlanDto(PlanSummaryDto Plan, DistributionResult Arithmetic, IReadOnlyList<PayoutDto> Payouts, uint Version)
    : Platform.IVersioned
{
    public static PlanDto From(AssetFile file, DistributionPlan plan)
    {
        var result = PlanJson.Read(plan.Arithmetic);
        return new(PlanSummaryDto.From(plan),
            result with
            {
                Lines = [.. result.Lines.Select(l => l with { CreditorKey = Personal.Key(l.CreditorKey), Creditor = Personal.Name(l.CreditorKey, l.Creditor) })],
                Creditors = [.. result.Creditors.Select(c => c with { CreditorKey = Personal.Key(c.CreditorKey), Creditor = Personal.Name(c.CreditorKey, c.Creditor) })],
                Expenses = [.. result.Expenses.Select(e => e with { Description = file.ExpenseName(e.Description) })],
            },
            [.. plan.Payouts.OrderBy(p => p.Position).Select(p => new PayoutDto(
                p.Position, p.Kind.ToString(), Personal.Name(p.CreditorKey, p.Payee), Personal.Key(p.CreditorKey), p.Amount, p.Status.ToString(),
                p.Account is null ? null : Masking.Mask(p.Account), p.PaidOn, p.ReturnedOn, p.Released, p.SettledOn, p.EntryNumber))],
            file.Version);
    }
}

internal sealed record PayoutDto(
    int Position, string Kind, string Payee, string CreditorKey, decimal Amount, string Status, string? Account, DateOnly? PaidOn, DateOnly? ReturnedOn,
    decimal? Released, DateOnly? SettledOn, int? EntryNumber);

/// <summary>
/// What a published distribution list hides: a creditor identified by a resident ID number is a natural person — its
/// number is masked (the platform's rule) and its name keeps only the surname; organisations are shown as registered.
/// </summary>
internal static class Personal
{
    public static bool IsPerson(string creditorKey) => ResidentIdNumber.IsValid(creditorKey);

    public static string Key(string creditorKey) => IsPerson(creditorKey) ? Masking.Mask(creditorKey) : creditorKey;

    public static string Name(string creditorKey, string name) =>
        IsPerson(creditorKey) && name.Length > 0 ? string.Concat(name.AsSpan(0, 1), new string('*', Math.Max(1, name.Length - 1))) : name;
}
