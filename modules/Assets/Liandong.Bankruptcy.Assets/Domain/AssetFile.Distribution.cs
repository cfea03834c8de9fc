using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Domain;

/// <summary>
/// The distribution side of the estate: expenses owed, the administrator's fee scheme and its steps, the fee-guarantee
/// fund's applications, the plan versions and the payout register of those in force.
/// </summary>
internal sealed partial class AssetFile
{
    public const int MaxPlans = 50;
    public const int MaxExpenses = 2_000;
    public const int MaxFundApplications = 50;

    /// <summary>Unclaimed distributions are forfeited two months after the final notice (art. 118).</summary>
    public static readonly Period UnclaimedPeriod = Period.Months(2);

    /// <summary>A supplementary distribution within two years of the termination (art. 123).</summary>
    public static readonly Period SupplementaryPeriod = Period.Months(24);

    /// <summary>The court tells the administrator its fee scheme within 3 days of setting it (SPC fee rules art. 6).</summary>
    public static readonly Period FeeNoticePeriod = Period.Days(3);

    public List<DistributionPlan> DistributionPlans { get; private set; } = [];

    public List<Expense> Expenses { get; private set; } = [];

    public List<FundApplication> FundApplications { get; private set; } = [];

    // The administrator's fee scheme (SPC rules 2007 arts. 4–8, 10–11), flat: set (preliminary), notified, reported, adjusted.
    public int FeeSchemeVersion { get; private set; }

    public DateOnly? FeeSchemeOn { get; private set; }

    /// <summary>A fee the court fixed as an amount instead of the scale.</summary>
    public decimal? FeeFixedAmount { get; private set; }

    public DateOnly? FeeNoticeDue { get; private set; }

    public DateOnly? FeeNotifiedOn { get; private set; }

    public DateOnly? FeeReportedOn { get; private set; }

    public string? FeeAdjustmentReason { get; private set; }

    /// <summary>The separate fee a secured creditor pays for the administrator's work on its collateral (art. 13): agreed, outside the estate.</summary>
    public decimal? SecuredCreditorFee { get; private set; }

    /// <summary>What is still owed out of the account under plans in force: shares due or returned, reserves held.</summary>
    public decimal Owed => DistributionPlans.Where(p => p.InForce).SelectMany(p => p.Payouts).Sum(p => p.Outstanding);

    /// <summary>The sales sold whose proceeds no plan in force has distributed.</summary>
    public IEnumerable<Sale> UndistributedSales =>
        Sales.Where(s => s.Outcome == SaleOutcome.Sold && !DistributionPlans.Any(p => p.InForce && p.Sales.Contains(s.Number)));

    /// <summary>An expense owed: entered by the administrator, or reported by Tax or Wages (once per source key).</summary>
    public AssetsOutcome AddExpense(ExpenseKind kind, string description, decimal amount, DateOnly on, string? sourceKey)
    {
        if (Refuse(on) is { } refused)
        {
            return refused;
        }

        if (sourceKey is not null && Expenses.SingleOrDefault(e => e.SourceKey == sourceKey) is { } reported)
        {
            reported.Update(kind, description, amount, on);
            return Changed();
        }

        if (Expenses.Count >= MaxExpenses)
        {
            return AssetsOutcome.TooMany;
        }

        Expenses.Add(new Expense(Id, Expenses.Count + 1, kind, description, amount, on, sourceKey));
        return Changed();
    }

    /// <summary>The reported expense paid as it fell due (a payroll paid): no longer owed.</summary>
    public void ExpensePaid(string sourceKey, DateOnly on)
    {
        if (Expenses.SingleOrDefault(e => e.SourceKey == sourceKey) is { } expense)
        {
            expense.PaidOutside(on);
            Touch();
        }
    }

    /// <summary>
    /// The court's fee scheme: the first is the preliminary one (its notice due in 3 days); a later one is an adjustment,
    /// which needs a reason and comes after the administrator reported the scheme to the first meeting.
    /// </summary>
    public AssetsOutcome SetFeeScheme(decimal? fixedAmount, decimal? securedCreditorFee, string? reason, DateOnly on, WorkingCalendar calendar)
    {
        if (Refuse(on) is { } refused)
        {
            return refused;
        }

        if (FeeSchemeOn is { } before)
        {
            if (FeeReportedOn is null)
            {
                return AssetsOutcome.FeeNotReported;
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return AssetsOutcome.ReasonRequired;
            }

            if (on < Max(before, FeeReportedOn.Value))
            {
                return AssetsOutcome.BeforeLastStep;
            }
        }

        (FeeFixedAmount, SecuredCreditorFee, FeeAdjustmentReason) = (fixedAmount, securedCreditorFee, FeeSchemeOn is null ? null : reason);
        (FeeSchemeOn, FeeSchemeVersion) = (on, FeeSchemeVersion + 1);
        if (FeeSchemeVersion == 1)
        {
            FeeNoticeDue = DeadlineCalculator.Compute(on, FeeNoticePeriod, calendar).Date;
        }

        return Changed();
    }

    /// <summary>The administrator was told of the scheme (notified), or reported it to the first creditors' meeting (reported).</summary>
    public AssetsOutcome RecordFeeStep(bool reported, DateOnly on)
    {
        if (FeeSchemeOn is not { } set)
        {
            return AssetsOutcome.NoFeeScheme;
        }

        if (on < set || (reported && on < FeeNotifiedOn))
        {
            return AssetsOutcome.BeforeLastStep;
        }

        if (reported)
        {
            FeeReportedOn = on;
        }
        else
        {
            FeeNotifiedOn = on;
        }

        return Changed();
    }

    /// <summary>
    /// The engine's input from the account and the register: the money not owed under plans in force; the proceeds of
    /// sales not yet distributed whose assets carry charges, with their claims in rank order; the expenses owed; each
    /// creditor's lines less what plans in force gave it (a secured line whose collateral was distributed is ordinary now,
    /// its shortfall, art. 110); the fee scheme; what earlier plans counted for the fees.
    /// </summary>
    public (AssetsOutcome Outcome, DistributionInput? Input, IReadOnlyList<int> Sales) DistributionInput(IReadOnlyList<CaseClaimLine> register, AssetsSettings settings)
    {
        if (AccountOpenedOn is null)
        {
            return (AssetsOutcome.NoAccount, null, []);
        }

        var inForce = DistributionPlans.Where(p => p.InForce).ToList();
        var available = Balance - Owed;
        var collaterals = new List<DistributionCollateral>();
        var sales = new List<int>();
        foreach (var sale in UndistributedSales)
        {
            var asset = Assets.Single(a => a.Number == sale.AssetNumber);
            var charges = asset.Encumbrances.OrderBy(e => e.Rank).ThenBy(e => e.Position).Where(e => e.ClaimNumber is not null)
                .Select(e => new DistributionCharge(e.ClaimNumber!.Value, e.Rank == EncumbranceRank.MortgageOrPledge)).ToList();
            if (charges.Count > 0)
            {
                collaterals.Add(new DistributionCollateral($"{asset.Number}. {asset.Description}", sale.Price!.Value, charges));
                sales.Add(sale.Number);
            }
        }

        if (collaterals.Sum(c => c.Proceeds) > available)
        {
            return (AssetsOutcome.CollateralSpent, null, []);
        }

        // A secured line is ordinary once every property charged for it was distributed (its shortfall, art. 110); while one is
        // sold now it stays secured; while one is still held its shortfall is not known yet.
        var distributedAssets = Sales.Where(s => inForce.Any(p => p.Sales.Contains(s.Number))).Select(s => s.AssetNumber).ToHashSet();
        var stillCharged = Assets.Where(a => a.Status != AssetStatus.Returned && !distributedAssets.Contains(a.Number))
            .SelectMany(a => a.Encumbrances).Select(e => e.ClaimNumber).OfType<int>().ToHashSet();
        var pending = Assets.Where(a => a.Status == AssetStatus.Held).SelectMany(a => a.Encumbrances).Select(e => e.ClaimNumber).OfType<int>().ToHashSet();
        var distributedCollateral = Assets.Where(a => distributedAssets.Contains(a.Number))
            .SelectMany(a => a.Encumbrances).Select(e => e.ClaimNumber).OfType<int>().Where(n => !stillCharged.Contains(n)).ToHashSet();
        var had = inForce.SelectMany(p => p.Payouts).Where(p => p.Kind != PayoutKind.Expense)
            .GroupBy(p => p.CreditorKey).ToDictionary(g => g.Key, g => g.Sum(p => p.Counted));
        var claims = new List<DistributionClaim>(register.Count);
        foreach (var line in register)
        {
            var @class = Enum.Parse<ClaimClass>(line.Priority);
            if (@class == ClaimClass.Secured && distributedCollateral.Contains(line.Number))
            {
                @class = ClaimClass.Ordinary;
            }

            var amount = line.Amount;
            if (had.TryGetValue(line.CreditorKey, out var deduct) && deduct > 0)
            {
                var taken = Math.Min(deduct, amount);
                (amount, had[line.CreditorKey]) = (amount - taken, deduct - taken);
            }

            if (amount > 0)
            {
                // The county's switch (征管法 art. 45) takes the register's taxes as having arisen before the mortgages: social insurance never.
                var beforeMortgage = settings.TaxBeforeMortgage && @class == ClaimClass.TaxAndSocialInsurance && !line.SocialInsurance;
                claims.Add(new DistributionClaim(line.Number, line.CreditorKey, line.Creditor, @class, amount, line.Disputed, line.Subordination,
                    line.ArrearsBefore2006 && @class == ClaimClass.Employee, beforeMortgage, @class == ClaimClass.Secured && pending.Contains(line.Number)));
            }
        }

        var expenses = Expenses.Where(e => e.Owed).Select(e => new DistributionExpense(Expense.Key(e.Number), e.Kind, e.Amount)).ToList();
        var prior = new DistributionPrior(inForce.Sum(p => p.Estate), inForce.Sum(p => p.CourtFee), inForce.Sum(p => p.Distributable), inForce.Sum(p => p.AdministratorFee));
        return (AssetsOutcome.Done, new DistributionInput(available, collaterals, expenses, claims, settings.TaxBeforeMortgage, null, FeeFixedAmount is { } fixedFee
            ? Math.Max(0m, fixedFee - prior.AdministratorFee) : null, settings.FeeAdjustmentPercent, prior), sales);
    }

    /// <summary>
    /// A plan version drafted from the engine's result. A draft not yet in force is superseded. After a plan in force it
    /// is supplementary; once the case ended, only within 2 years (art. 123).
    /// </summary>
    public (AssetsOutcome Outcome, DistributionPlan? Plan) DraftPlan(DistributionResult result, IReadOnlyList<int> sales, string arithmetic, DateOnly on, WorkingCalendar calendar)
    {
        if (Refuse(on) is { } refused)
        {
            return (refused, null);
        }

        if (DistributionPlans.Count >= MaxPlans)
        {
            return (AssetsOutcome.TooMany, null);
        }

        var supplementary = DistributionPlans.Any(p => p.InForce);
        if (EndedOn is { } ended)
        {
            if (!supplementary)
            {
                return (AssetsOutcome.CaseEnded, null);
            }

            if (on > DeadlineCalculator.Compute(ended, SupplementaryPeriod, calendar).Date)
            {
                return (AssetsOutcome.SupplementaryPeriodOver, null);
            }
        }

        foreach (var open in DistributionPlans.Where(p => p.Status is PlanStatus.Draft or PlanStatus.Adopted or PlanStatus.VoteFailed))
        {
            open.Supersede();
        }

        var plan = new DistributionPlan(Id, DistributionPlans.Count + 1, supplementary, on, result, sales, arithmetic);
        DistributionPlans.Add(plan);
        Touch();
        return (AssetsOutcome.Done, plan);
    }

    /// <summary>
    /// The creditors' vote on a version: a tallied Cases resolution on a distribution plan. Adopted, or not; a resolution
    /// the court ruled on after the second failed vote (art. 65(2)) puts the version in force as ruled.
    /// </summary>
    public AssetsOutcome RecordVote(int number, Guid meetingId, int resolution, CaseResolutionInfo? vote, IEnumerable<Payout> payouts)
    {
        if (DistributionPlans.SingleOrDefault(p => p.Number == number) is not { } plan)
        {
            return AssetsOutcome.NoSuchPlan;
        }

        if (plan.Status is not (PlanStatus.Draft or PlanStatus.VoteFailed))
        {
            return AssetsOutcome.PlanNotOpen;
        }

        if (vote is null)
        {
            return AssetsOutcome.NoSuchResolution;
        }

        if (vote.Kind != "DistributionPlan" || vote.ClosedOn is not { } closed || vote.Adopted is null)
        {
            return AssetsOutcome.NotADistributionVote;
        }

        if (closed < plan.DraftedOn)
        {
            return AssetsOutcome.BeforeDraft;
        }

        plan.Voted(meetingId, resolution, vote.Adopted.Value, closed);
        if (vote.Adopted == false && vote.RuledOn is { } ruled)
        {
            PutInForce(plan, true, vote.Title, ruled, payouts);
        }

        return Changed();
    }

    /// <summary>The court confirms an adopted version (art. 115): it comes into force and its payout register opens.</summary>
    public AssetsOutcome ConfirmPlan(int number, string ruling, DateOnly on, IEnumerable<Payout> payouts)
    {
        if (DistributionPlans.SingleOrDefault(p => p.Number == number) is not { } plan)
        {
            return AssetsOutcome.NoSuchPlan;
        }

        if (plan.Status != PlanStatus.Adopted)
        {
            return AssetsOutcome.PlanNotAdopted;
        }

        if (on < plan.VotedOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        PutInForce(plan, false, ruling, on, payouts);
        return Changed();
    }

    /// <summary>The version in force: its payout register opens, and the expenses it pays are no longer owed (one it could not pay stays owed).</summary>
    private void PutInForce(DistributionPlan plan, bool ruled, string ruling, DateOnly on, IEnumerable<Payout> payouts)
    {
        plan.Confirm(ruled, ruling, on, payouts);
        var paid = plan.Payouts.Where(p => p.Kind == PayoutKind.Expense).Select(p => p.CreditorKey).ToHashSet();
        foreach (var expense in Expenses.Where(e => e.Owed && paid.Contains(Expense.Key(e.Number))))
        {
            expense.CoveredBy(plan.Number);
        }
    }

    /// <summary>A payout line paid from the account (due, or paid again after it came back), booked as a payment.</summary>
    public AssetsOutcome PayOut(int number, int position, string account, DateOnly on)
    {
        if (Payout(number, position) is not ({ } plan, { } payout) || payout.Kind == PayoutKind.Reserve)
        {
            return AssetsOutcome.NoSuchPayout;
        }

        if (payout.Status is not (PayoutStatus.Due or PayoutStatus.Returned))
        {
            return AssetsOutcome.PayoutNotDue;
        }

        if (on < plan.ConfirmedOn || on < AccountOpenedOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        if (payout.Amount > Balance)
        {
            return AssetsOutcome.InsufficientBalance;
        }

        var entry = Book(EntryDirection.Payment, payout.Amount, on, payout.Payee, $"第{number}版分配方案第{position}项分配款", number);
        payout.Pay(account, on, entry);
        return Changed();
    }

    /// <summary>A paid share that came back (a closed account): booked as a receipt, held for the creditor until the unclaimed period ends.</summary>
    public AssetsOutcome ReturnPayout(int number, int position, DateOnly on)
    {
        if (Payout(number, position) is not (_, { } payout) || payout.Kind != PayoutKind.Share)
        {
            return AssetsOutcome.NoSuchPayout;
        }

        if (payout.Status != PayoutStatus.Paid)
        {
            return AssetsOutcome.PayoutNotPaid;
        }

        if (on < payout.PaidOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        payout.Return(on, Book(EntryDirection.Receipt, payout.Amount, on, payout.Payee, $"第{number}版分配方案第{position}项分配款退回", number));
        return Changed();
    }

    /// <summary>The final distribution notice: what is still unclaimed two months later is forfeited (art. 118).</summary>
    public AssetsOutcome GiveFinalNotice(int number, DateOnly on, WorkingCalendar calendar)
    {
        if (DistributionPlans.SingleOrDefault(p => p.Number == number) is not { } plan)
        {
            return AssetsOutcome.NoSuchPlan;
        }

        if (!plan.InForce)
        {
            return AssetsOutcome.PlanNotInForce;
        }

        if (on < plan.ConfirmedOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        plan.Notice(on, DeadlineCalculator.Compute(on, UnclaimedPeriod, calendar).Date);
        return Changed();
    }

    /// <summary>Shares still unclaimed after the two months are forfeited (art. 118): their money goes to the other creditors in a later plan.</summary>
    public (AssetsOutcome Outcome, int Forfeited) ForfeitUnclaimed(int number, DateOnly on)
    {
        if (DistributionPlans.SingleOrDefault(p => p.Number == number) is not { } plan)
        {
            return (AssetsOutcome.NoSuchPlan, 0);
        }

        if (plan.ForfeitableOn is not { } from)
        {
            return (AssetsOutcome.NoFinalNotice, 0);
        }

        if (on <= from)
        {
            return (AssetsOutcome.UnclaimedPeriodRunning, 0);
        }

        var unclaimed = plan.Payouts.Where(p => p.Kind == PayoutKind.Share && p.Status is PayoutStatus.Due or PayoutStatus.Returned).ToList();
        unclaimed.ForEach(p => p.Forfeit());
        Touch();
        return (AssetsOutcome.Done, unclaimed.Count);
    }

    /// <summary>
    /// A disputed claim settled (art. 119): its reserve released to the claimant as far as the claim was upheld (paid
    /// from the account), the rest left for the other creditors in a later plan.
    /// </summary>
    public AssetsOutcome SettleReserve(int number, int position, decimal released, string? account, DateOnly on)
    {
        if (Payout(number, position) is not (_, { } payout) || payout.Kind != PayoutKind.Reserve)
        {
            return AssetsOutcome.NoSuchPayout;
        }

        if (payout.Status != PayoutStatus.Held)
        {
            return AssetsOutcome.PayoutNotDue;
        }

        if (released > payout.Amount)
        {
            return AssetsOutcome.AboveReserve;
        }

        if (released > Balance)
        {
            return AssetsOutcome.InsufficientBalance;
        }

        int? entry = released > 0 ? Book(EntryDirection.Payment, released, on, payout.Payee, $"第{number}版分配方案第{position}项预留分配额提存款释放", number) : null;
        payout.Settle(released, on, entry);
        return Changed();
    }

    /// <summary>
    /// An application to the fee-guarantee fund for a case without enough property to pay its expenses (the finance
    /// unit's item), its decision and the payment, booked as a receipt.
    /// </summary>
    public (AssetsOutcome Outcome, FundApplication? Application) ApplyToFund(decimal amount, string purpose, DateOnly on)
    {
        if (Refuse(on) is { } refused)
        {
            return (refused, null);
        }

        if (FundApplications.Count >= MaxFundApplications)
        {
            return (AssetsOutcome.TooMany, null);
        }

        if (FundApplications.Any(a => a.Status == FundStatus.Applied))
        {
            return (AssetsOutcome.FundApplicationOpen, null);
        }

        var application = new FundApplication(Id, FundApplications.Count + 1, amount, purpose, on);
        FundApplications.Add(application);
        Touch();
        return (AssetsOutcome.Done, application);
    }

    public AssetsOutcome DecideFund(int number, bool approved, decimal? amount, DateOnly on, string? reason)
    {
        if (FundApplications.SingleOrDefault(a => a.Number == number) is not { } application)
        {
            return AssetsOutcome.NoSuchFundApplication;
        }

        if (application.Status != FundStatus.Applied)
        {
            return AssetsOutcome.FundDecided;
        }

        if (on < application.AppliedOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        if (approved && amount > application.Amount)
        {
            return AssetsOutcome.AboveApplication;
        }

        application.Decide(approved, approved ? amount ?? application.Amount : null, on, reason);
        return Changed();
    }

    public AssetsOutcome FundPaid(int number, DateOnly on)
    {
        if (FundApplications.SingleOrDefault(a => a.Number == number) is not { } application)
        {
            return AssetsOutcome.NoSuchFundApplication;
        }

        if (application.Status != FundStatus.Approved)
        {
            return AssetsOutcome.FundNotApproved;
        }

        if (AccountOpenedOn is null)
        {
            return AssetsOutcome.NoAccount;
        }

        if (on < application.DecidedOn || on < AccountOpenedOn)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        var entry = new AccountEntry(Id, Entries.Count + 1, EntryDirection.Receipt, application.ApprovedAmount!.Value, on, "破产费用保障资金",
            $"破产费用保障资金第{number}号申请拨付", EntrySource.Fund, number);
        Entries.Add(entry);
        application.Paid(on, entry.Number);
        Reconcile();
        return Changed();
    }

    /// <summary>
    /// A plan's payout register: the court fee, the administrator's fee and every expense it pays, then each creditor's
    /// share (its lines summed) and each disputed creditor's reserve, in the register's order.
    /// </summary>
    public IReadOnlyList<Payout> PayoutsOf(DistributionResult result)
    {
        var payouts = new List<Payout>();
        foreach (var expense in result.Expenses.Where(e => e.Paid > 0))
        {
            payouts.Add(new Payout(payouts.Count + 1, PayoutKind.Expense, expense.Description, ExpenseName(expense.Description), expense.Paid));
        }

        foreach (var creditor in result.Creditors)
        {
            if (creditor.Paid > 0)
            {
                payouts.Add(new Payout(payouts.Count + 1, PayoutKind.Share, creditor.CreditorKey, creditor.Creditor, creditor.Paid));
            }

            if (creditor.Reserved > 0)
            {
                payouts.Add(new Payout(payouts.Count + 1, PayoutKind.Reserve, creditor.CreditorKey, creditor.Creditor, creditor.Reserved));
            }
        }

        return payouts;
    }

    /// <summary>What an expense of a plan is called: the court fee, the administrator's fee, or the recorded expense's description.</summary>
    public string ExpenseName(string key) => key switch
    {
        DistributionEngine.CourtFeeDescription => "案件受理费",
        DistributionEngine.AdministratorFeeDescription => "管理人报酬",
        _ => Expenses.SingleOrDefault(e => Expense.Key(e.Number) == key)?.Description ?? key,
    };

    private (DistributionPlan Plan, Payout Payout)? Payout(int number, int position) =>
        DistributionPlans.SingleOrDefault(p => p.Number == number && p.InForce) is { } plan && plan.Payouts.SingleOrDefault(p => p.Position == position) is { } payout
            ? (plan, payout)
            : null;

    private int Book(EntryDirection direction, decimal amount, DateOnly on, string counterparty, string purpose, int plan)
    {
        var entry = new AccountEntry(Id, Entries.Count + 1, direction, amount, on, counterparty, purpose, EntrySource.Distribution, plan);
        Entries.Add(entry);
        Reconcile();
        return entry.Number;
    }
}
