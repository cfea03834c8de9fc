using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Platform.Time;
using A = Liandong.Bankruptcy.Cases.Domain.CaseAction;
using B = Liandong.Bankruptcy.Cases.Domain.LegalBasis;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>Which integration events each step publishes, walking real cases through the transition table.</summary>
public sealed class CaseEventsTests
{
    private static readonly WorkingCalendar Calendar = new([], [], [2026]);
    private static readonly DateOnly On = new(2026, 3, 31);

    public static TheoryData<A[], B, string[]> Paths() => new()
    {
        { [A.AcceptLiquidation], B.None, ["CaseAccepted"] },
        { [A.AcceptReorganization], B.None, ["CaseAccepted", "ReorganizationRuled"] },
        { [A.AcceptComposition], B.None, ["CaseAccepted"] },
        { [A.RejectApplication], B.None, ["CaseClosed"] },
        { [A.AcceptLiquidation, A.DeclareBankruptcy], B.None, ["BankruptcyDeclared"] },
        { [A.AcceptLiquidation, A.ConvertToReorganization], B.None, ["ReorganizationRuled"] },
        { [A.AcceptLiquidation, A.DeclareBankruptcy, A.StartRealization], B.None, [] },
        { [A.AcceptReorganization, A.ConvertToLiquidation], B.Art79, ["ConvertedToLiquidation", "BankruptcyDeclared"] },
        { [A.AcceptReorganization, A.SubmitPlan, A.ApprovePlan], B.Art86, ["ReorganizationPlanApproved", "ProcedureEnded"] },
        { [A.AcceptReorganization, A.SubmitPlan, A.ApprovePlan, A.PlanCarriedOut], B.None, ["PlanCarriedOut", "CaseClosed"] },
        { [A.AcceptComposition, A.ApproveComposition], B.None, ["CompositionApproved", "ProcedureEnded"] },
        { [A.AcceptComposition, A.ApproveComposition, A.CompositionCarriedOut], B.None, ["PlanCarriedOut", "CaseClosed"] },
        { [A.AcceptLiquidation, A.Terminate], B.Art43, ["LiquidationTerminated"] }, // closed on DeregistrationCompleted
        { [A.AcceptLiquidation, A.Terminate], B.Art105, ["ProcedureEnded", "CaseClosed"] },
        { [A.AcceptLiquidation, A.DismissApplication], B.None, ["CaseClosed"] },                          // art. 12(2)
        { [A.RejectApplication, A.AcceptLiquidation], B.None, ["CaseAccepted"] },                         // the refusal reversed on appeal
        { [A.AcceptLiquidation, A.DeclareBankruptcy, A.StartDistribution, A.Terminate], B.Art120, ["LiquidationTerminated"] },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void Each_step_publishes_what_its_consumers_wait_for(A[] path, B lastBasis, string[] expected)
    {
        var subject = CaseAt(path[..^1]);
        var basis = path[^1] is A.Terminate or A.ConvertToLiquidation or A.ApprovePlan ? lastBasis : B.None;
        subject.TryAdvance(path[^1], basis, new Ruling("(2026)豫0305破1号", On, "裁定"), null, DateTimeOffset.UnixEpoch, Calendar, Period.Months(6), Details)
            .ShouldBe(AdvanceOutcome.Advanced);

        CaseEvents.For(subject, path[^1], basis, On).Select(e => e.GetType().Name).ShouldBe(expected);
    }

    [Fact]
    public void Acceptance_carries_its_deadlines_and_a_reorganization_its_plan_due_date()
    {
        var subject = CaseAt([]);
        subject.TryAdvance(A.AcceptReorganization, B.None, new Ruling("(2026)豫0305破1号", On, "重整裁定"), null, DateTimeOffset.UnixEpoch, Calendar, Period.Months(6));

        var events = CaseEvents.For(subject, A.AcceptReorganization, B.None, On).ToList();

        var accepted = events.OfType<CaseAccepted>().Single();
        accepted.Procedure.ShouldBe("Reorganization");
        accepted.Deadlines.Select(d => (d.Kind, d.Due)).ShouldBe(
        [
            ("AcceptanceService", new DateOnly(2026, 4, 6)), // art. 11(1): 5 days, 04-05 a Sunday
            ("Announcement", new DateOnly(2026, 4, 27)),
            ("ReorganizationPlan", new DateOnly(2026, 9, 30)),
        ]);
        events.OfType<ReorganizationRuled>().Single().PlanDue.ShouldBe(new DateOnly(2026, 9, 30));
    }

    /// <summary>The debtor applied for a conversion; an approval follows an adopted plan vote and sets a year's supervision.</summary>
    private static readonly StepDetails Details =
        new(new ConversionApplication(ConversionApplicant.Debtor), new PlanVote(Guid.NewGuid(), 1, B.Art86, On), On.AddYears(1));

    private static BankruptcyCase CaseAt(A[] steps)
    {
        CaseNumber.TryParse("(2026)豫0305破申1号", out var number).ShouldBeTrue();
        // A composition is the debtor's application (art. 95), a conversion to reorganization follows a creditor's (art. 70(2)).
        var applicant = steps.Contains(A.AcceptLiquidation) ? Applicant.Creditor : Applicant.Debtor;
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, null, null, null, applicant));
        foreach (var step in steps)
        {
            subject.TryAdvance(step, step == A.ApprovePlan ? B.Art86 : B.None, new Ruling("(2026)豫0305破1号", On, "裁定"), null, DateTimeOffset.UnixEpoch, Calendar, Period.Months(6), Details)
                .ShouldBe(AdvanceOutcome.Advanced);
        }

        return subject;
    }
}
