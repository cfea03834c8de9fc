using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform.Time;
using S = Liandong.Bankruptcy.Cases.Domain.CaseState;
using A = Liandong.Bankruptcy.Cases.Domain.CaseAction;
using B = Liandong.Bankruptcy.Cases.Domain.LegalBasis;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The procedures, their states and every conversion the Enterprise Bankruptcy Law allows, with their guards.</summary>
public sealed class CaseTransitionsTests
{
    public static TheoryData<S, A, B, S> Allowed() => new()
    {
        { S.Registered, A.AcceptLiquidation, B.None, S.Accepted },
        { S.Registered, A.AcceptReorganization, B.None, S.ReorganizationRuled },   // art. 70(1)
        { S.Registered, A.AcceptComposition, B.None, S.CompositionRuled },         // art. 95
        { S.Registered, A.RejectApplication, B.None, S.NotAccepted },              // art. 12
        { S.Registered, A.RequestSupplement, B.None, S.Registered },               // Interpretation I art. 7: the review pauses
        { S.Registered, A.SupplementReceived, B.None, S.Registered },
        { S.Registered, A.ExtendReview, B.None, S.Registered },                    // art. 10(3)
        { S.NotAccepted, A.AcceptLiquidation, B.None, S.Accepted },                // art. 12: the higher court reverses and orders acceptance
        { S.NotAccepted, A.AcceptReorganization, B.None, S.ReorganizationRuled },
        { S.NotAccepted, A.AcceptComposition, B.None, S.CompositionRuled },
        { S.Dismissed, A.AcceptLiquidation, B.None, S.Accepted },
        { S.Dismissed, A.AcceptReorganization, B.None, S.ReorganizationRuled },
        { S.Dismissed, A.AcceptComposition, B.None, S.CompositionRuled },
        { S.Accepted, A.DismissApplication, B.None, S.Dismissed },                 // art. 12(2): after acceptance, before declaration
        { S.ReorganizationRuled, A.DismissApplication, B.None, S.Dismissed },
        { S.PlanSubmitted, A.DismissApplication, B.None, S.Dismissed },
        { S.CompositionRuled, A.DismissApplication, B.None, S.Dismissed },
        { S.Accepted, A.DeclareBankruptcy, B.None, S.Declared },                   // art. 107
        { S.Declared, A.StartRealization, B.None, S.Realization },
        { S.Realization, A.StartDistribution, B.None, S.Distribution },
        { S.Declared, A.StartDistribution, B.None, S.Distribution },
        { S.Distribution, A.Terminate, B.Art120, S.Terminated },
        { S.Declared, A.Terminate, B.Art120, S.Terminated },                       // nothing to distribute
        { S.Realization, A.Terminate, B.Art120, S.Terminated },
        { S.Accepted, A.Terminate, B.Art43, S.Terminated },                        // nothing even for the expenses
        { S.Declared, A.Terminate, B.Art43, S.Terminated },
        { S.Realization, A.Terminate, B.Art43, S.Terminated },
        { S.Accepted, A.Terminate, B.Art105, S.Terminated },                       // settlement: company survives; any time after acceptance
        { S.Declared, A.Terminate, B.Art105, S.Terminated },
        { S.Realization, A.Terminate, B.Art105, S.Terminated },
        { S.Distribution, A.Terminate, B.Art105, S.Terminated },
        { S.ReorganizationRuled, A.Terminate, B.Art105, S.Terminated },
        { S.PlanSubmitted, A.Terminate, B.Art105, S.Terminated },
        { S.CompositionRuled, A.Terminate, B.Art105, S.Terminated },
        { S.Accepted, A.Terminate, B.Art108, S.Terminated },                       // debts paid or guaranteed: before declaration
        { S.ReorganizationRuled, A.Terminate, B.Art108, S.Terminated },
        { S.PlanSubmitted, A.Terminate, B.Art108, S.Terminated },
        { S.CompositionRuled, A.Terminate, B.Art108, S.Terminated },
        { S.Accepted, A.ConvertToReorganization, B.None, S.ReorganizationRuled },  // art. 70(2)
        { S.Accepted, A.ConvertToComposition, B.None, S.CompositionRuled },        // art. 95
        { S.ReorganizationRuled, A.SubmitPlan, B.None, S.PlanSubmitted },
        { S.PlanSubmitted, A.ApprovePlan, B.Art86, S.PlanExecution },              // arts. 86–87: the procedure ends (终止)
        { S.PlanSubmitted, A.ApprovePlan, B.Art87, S.PlanExecution },
        { S.PlanExecution, A.PlanCarriedOut, B.None, S.PlanCarriedOut },
        { S.ReorganizationRuled, A.ConvertToLiquidation, B.Art78, S.Declared },
        { S.PlanSubmitted, A.ConvertToLiquidation, B.Art78, S.Declared },
        { S.ReorganizationRuled, A.ConvertToLiquidation, B.Art79, S.Declared },    // plan not submitted in time
        { S.PlanSubmitted, A.ConvertToLiquidation, B.Art88, S.Declared },          // plan not adopted or approved
        { S.PlanExecution, A.ConvertToLiquidation, B.Art93, S.Declared },          // plan cannot be carried out
        { S.CompositionRuled, A.ApproveComposition, B.None, S.CompositionExecution }, // art. 98: the procedure ends (终止)
        { S.CompositionExecution, A.CompositionCarriedOut, B.None, S.CompositionCarriedOut },
        { S.CompositionRuled, A.ConvertToLiquidation, B.Art99, S.Declared },
        { S.CompositionExecution, A.ConvertToLiquidation, B.Art103, S.Declared },
        { S.CompositionExecution, A.ConvertToLiquidation, B.Art104, S.Declared },
        { S.ReorganizationRuled, A.ExtendPlanPeriod, B.None, S.ReorganizationRuled }, // art. 79(2): only the deadline moves
        { S.Declared, A.RequestTermination, B.Art120, S.Declared },                   // art. 120: the request starts 15 days
        { S.Accepted, A.RequestTermination, B.Art43, S.Accepted },                    // art. 43(4): the court's 15 days, from acceptance on
        { S.Declared, A.RequestTermination, B.Art43, S.Declared },
        { S.Realization, A.RequestTermination, B.Art43, S.Realization },
        { S.Realization, A.RequestTermination, B.Art120, S.Realization },
        { S.Distribution, A.RequestTermination, B.Art120, S.Distribution },
    };

    public static TheoryData<S, A, B> Refused() => new()
    {
        { S.Registered, A.DeclareBankruptcy, B.None },
        { S.Accepted, A.StartRealization, B.None },
        { S.Declared, A.ConvertToReorganization, B.None },     // art. 70(2): only before declaration
        { S.Declared, A.ConvertToComposition, B.None },        // art. 95: only before declaration
        { S.Declared, A.Terminate, B.Art108 },                 // art. 108: before declaration only
        { S.PlanExecution, A.Terminate, B.Art105 },            // the reorganization procedure has ended
        { S.Declared, A.DismissApplication, B.None },          // art. 12(2): only before declaration
        { S.Registered, A.DismissApplication, B.None },        // not accepted yet: the court rejects instead
        { S.Accepted, A.RequestSupplement, B.None },           // the review is over
        { S.PlanSubmitted, A.ApprovePlan, B.None },            // approval states art. 86 or 87
        { S.Accepted, A.Terminate, B.Art120 },                 // art. 120 follows a declaration
        { S.Accepted, A.Terminate, B.None },                   // a termination states its basis
        { S.ReorganizationRuled, A.ConvertToLiquidation, B.Art93 },
        { S.PlanExecution, A.ConvertToLiquidation, B.Art88 },
        { S.PlanSubmitted, A.ConvertToLiquidation, B.Art79 },
        { S.CompositionRuled, A.ConvertToLiquidation, B.Art104 },
        { S.CompositionExecution, A.ConvertToLiquidation, B.Art99 },
        { S.ReorganizationRuled, A.ApprovePlan, B.None },      // the plan must be submitted first
        { S.Terminated, A.StartDistribution, B.None },
        { S.PlanCarriedOut, A.ConvertToLiquidation, B.Art93 },
        { S.CompositionCarriedOut, A.ConvertToLiquidation, B.Art104 },
        { S.NotAccepted, A.DeclareBankruptcy, B.None },
        { S.Distribution, A.RequestTermination, B.Art43 },
        { S.PlanSubmitted, A.ExtendPlanPeriod, B.None },       // the plan is in: nothing to extend
        { S.Accepted, A.RequestTermination, B.Art120 },        // art. 120 follows a declaration
        { S.Distribution, A.RequestTermination, B.None },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void The_law_allows(S from, A action, B basis, S to) =>
        CaseTransitions.Find(from, action, basis)?.To.ShouldBe(to);

    [Theory]
    [MemberData(nameof(Refused))]
    public void The_law_refuses(S from, A action, B basis) => CaseTransitions.Find(from, action, basis).ShouldBeNull();

    [Fact]
    public void The_allowed_table_is_exercised_whole_and_every_other_pair_is_refused()
    {
        var allowed = Allowed().Select(row => (row.Data.Item1, row.Data.Item2, row.Data.Item3)).ToHashSet();
        foreach (var state in Enum.GetValues<S>())
        {
            foreach (var (action, basis) in CaseTransitions.From(state))
            {
                allowed.ShouldContain((state, action, basis), $"{state} {action} {basis} is in the table but not in this test");
            }
        }

        Enum.GetValues<S>().Count(s => !CaseTransitions.From(s).Any())
            .ShouldBe(3); // Terminated, PlanCarriedOut, CompositionCarriedOut end the case (a refusal may be reversed on appeal)
    }

    [Theory]
    [InlineData(B.Art43, true)]
    [InlineData(B.Art120, true)]
    [InlineData(B.Art105, false)]
    [InlineData(B.Art108, false)]
    public void Only_a_termination_under_43_or_120_leads_to_deregistration(B basis, bool deregistered) =>
        CaseTransitions.LeadsToDeregistration(S.Terminated, basis).ShouldBe(deregistered);

    [Fact]
    public void A_case_advances_step_by_step_and_a_refused_step_changes_nothing()
    {
        CaseNumber.TryParse("(2026)豫0305破申1号", out var number).ShouldBeTrue();
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, null, null, null, Applicant.Creditor));
        var ruling = new Ruling("(2026)豫0305破申1号", new DateOnly(2026, 3, 2), "受理裁定");

        var calendar = new Platform.Time.WorkingCalendar([], [], [2026]);

        subject.TryAdvance(A.AcceptLiquidation, B.None, ruling, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.Advanced);
        subject.TryAdvance(A.ConvertToReorganization, B.None, ruling with { Kind = "重整裁定", Date = new DateOnly(2026, 3, 31) }, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6),
            new StepDetails(new ConversionApplication(ConversionApplicant.Debtor))).ShouldBe(AdvanceOutcome.Advanced);
        subject.TryAdvance(A.DeclareBankruptcy, B.None, ruling, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.NotAllowed);

        subject.State.ShouldBe(S.ReorganizationRuled);
        subject.Procedure.ShouldBe(Procedure.Reorganization);
        subject.Timeline.Select(t => (t.Position, t.FromState, t.ToState)).ShouldBe([(1, S.Registered, S.Accepted), (2, S.Accepted, S.ReorganizationRuled)]);
        subject.Deadlines.OrderBy(d => d.Due).Select(d => (d.Kind, d.Due)).ShouldBe(
        [
            (DeadlineKind.AcceptanceService, new DateOnly(2026, 3, 9)),   // 5 days after acceptance (art. 11(1)): 03-07 is a Saturday
            (DeadlineKind.Announcement, new DateOnly(2026, 3, 27)),        // 25 days after acceptance (art. 14)
            (DeadlineKind.ReorganizationPlan, new DateOnly(2026, 9, 30)),  // 6 months after the reorganization ruling (art. 79)
        ]);
    }

    [Fact]
    public void The_plan_period_is_extended_once_by_three_months_from_its_end_art_79_and_not_after_it_expired()
    {
        var subject = Reorganizing(out var calendar);
        var extension = new Ruling("(2026)豫0305破1号之一", new DateOnly(2026, 9, 30), "延期裁定");

        subject.TryAdvance(A.ExtendPlanPeriod, B.None, extension with { Date = new DateOnly(2026, 10, 1) }, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6))
            .ShouldBe(AdvanceOutcome.PeriodExpired);
        subject.TryAdvance(A.ExtendPlanPeriod, B.None, extension, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.Advanced);
        subject.TryAdvance(A.ExtendPlanPeriod, B.None, extension, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.AlreadyExtended);

        var plan = subject.Deadlines.Single(d => d.Kind == DeadlineKind.ReorganizationPlan);
        // 03-31 + 6 months = 09-30 (Civil Code art. 202), + 3 months = 12-30; "9 months from the ruling" gave 12-31 before issue 16.
        (plan.StartsOn, plan.Due).ShouldBe((new DateOnly(2026, 9, 30), new DateOnly(2026, 12, 30)));
        subject.State.ShouldBe(S.ReorganizationRuled);
        subject.Timeline.Count(t => t.Action == A.ExtendPlanPeriod).ShouldBe(1);
    }

    [Fact]
    public void The_administrators_request_to_terminate_brings_the_courts_ruling_due_in_fifteen_days()
    {
        CaseNumber.TryParse("(2026)豫0305破申2号", out var number).ShouldBeTrue();
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, null, null, null));
        var calendar = new Platform.Time.WorkingCalendar([], [], [2026]);
        var ruling = new Ruling("(2026)豫0305破2号", new DateOnly(2026, 3, 2), "受理裁定");
        subject.TryAdvance(A.AcceptLiquidation, B.None, ruling, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.Advanced);
        subject.TryAdvance(A.DeclareBankruptcy, B.None, ruling with { Kind = "宣告破产裁定" }, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6)).ShouldBe(AdvanceOutcome.Advanced);

        subject.TryAdvance(A.RequestTermination, B.Art120, ruling with { Date = new DateOnly(2026, 6, 1), Kind = "终结破产程序请求" }, null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6))
            .ShouldBe(AdvanceOutcome.Advanced);

        subject.Deadlines.Single(d => d.Kind == DeadlineKind.TerminationDecision).Due.ShouldBe(new DateOnly(2026, 6, 16));
        subject.State.ShouldBe(S.Declared);
    }

    private static BankruptcyCase Reorganizing(out Platform.Time.WorkingCalendar calendar)
    {
        CaseNumber.TryParse("(2026)豫0305破申3号", out var number).ShouldBeTrue();
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, null, null, null));
        calendar = new Platform.Time.WorkingCalendar([], [], [2026]);
        subject.TryAdvance(A.AcceptReorganization, B.None, new Ruling("(2026)豫0305破申3号", new DateOnly(2026, 3, 31), "重整裁定"), null, DateTimeOffset.UnixEpoch, calendar, Period.Months(6))
            .ShouldBe(AdvanceOutcome.Advanced);
        return subject;
    }
}
