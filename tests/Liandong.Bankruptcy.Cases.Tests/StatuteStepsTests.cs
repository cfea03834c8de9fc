using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform.Time;
using A = Liandong.Bankruptcy.Cases.Domain.CaseAction;
using B = Liandong.Bankruptcy.Cases.Domain.LegalBasis;
using K = Liandong.Bankruptcy.Cases.Domain.DeadlineKind;
using S = Liandong.Bankruptcy.Cases.Domain.CaseState;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>
/// Who applied and what follows from it (arts. 7, 10, 70(2), 95), the steps the law adds around acceptance (arts. 11, 12,
/// 43(4), 105, 108) and later (arts. 84(1), 86, 87, 90–91, 107, 123), with dates counted by hand over a calendar of
/// weekends only (2026-03-02 is a Monday).
/// </summary>
public sealed class StatuteStepsTests
{
    private static readonly WorkingCalendar Calendar = new([], [], [2026, 2027, 2028]);

    [Fact]
    public void A_creditors_petition_goes_to_the_debtor_in_5_days_who_objects_in_7_and_the_court_rules_10_days_later_art_10_1()
    {
        var subject = Registered(Applicant.Creditor, receivedOn: new(2026, 3, 2));
        Due(subject, K.DebtorNotice).ShouldBe(new DateOnly(2026, 3, 9)); // 03-07 is a Saturday
        subject.Deadlines.ShouldNotContain(d => d.Kind == K.AcceptanceDecision); // the ruling's period starts after the objection

        subject.MeetDeadline(K.DebtorNotice, new(2026, 3, 4), Calendar).ShouldBe(MeetOutcome.Met);

        Due(subject, K.DebtorObjection).ShouldBe(new DateOnly(2026, 3, 11));     // 03-04 + 7
        Due(subject, K.AcceptanceDecision).ShouldBe(new DateOnly(2026, 3, 23));  // 03-11 + 10 = Saturday 03-21
        subject.MeetDeadline(K.DebtorObjection, new(2026, 3, 10), Calendar).ShouldBe(MeetOutcome.NotADuty); // a period ends by itself
    }

    [Fact]
    public void The_days_materials_are_supplemented_do_not_count_and_the_higher_court_adds_15_days_once_art_10()
    {
        var subject = Registered(Applicant.Debtor, receivedOn: new(2026, 3, 2));
        Due(subject, K.AcceptanceDecision).ShouldBe(new DateOnly(2026, 3, 17)); // art. 10(2): 15 days

        Step(subject, A.SupplementReceived, new(2026, 3, 6)).ShouldBe(AdvanceOutcome.NoSupplementRequested);
        Step(subject, A.RequestSupplement, new(2026, 3, 5)).ShouldBe(AdvanceOutcome.Advanced);
        Step(subject, A.RequestSupplement, new(2026, 3, 6)).ShouldBe(AdvanceOutcome.SupplementPending);
        Step(subject, A.SupplementReceived, new(2026, 3, 12)).ShouldBe(AdvanceOutcome.Advanced);
        // 3 days counted before the request (03-03..03-05), 12 more from the receipt: 03-24 (Interpretation I art. 7).
        Due(subject, K.AcceptanceDecision).ShouldBe(new DateOnly(2026, 3, 24));

        Step(subject, A.ExtendReview, new(2026, 3, 20)).ShouldBe(AdvanceOutcome.Advanced);
        Due(subject, K.AcceptanceDecision).ShouldBe(new DateOnly(2026, 4, 8)); // art. 10(3): 03-24 + 15
        Step(subject, A.ExtendReview, new(2026, 3, 21)).ShouldBe(AdvanceOutcome.ReviewAlreadyExtended);
        subject.State.ShouldBe(S.Registered);
    }

    [Fact]
    public void A_transfer_from_enforcement_records_the_transfer_as_who_applied_and_has_30_days()
    {
        CaseNumber.TryParse("(2026)豫0305破申9号", out var number).ShouldBeTrue();
        var transfer = new EnforcementTransfer("洛阳市涧西区人民法院", "(2025)豫0305执1号", "(2026)豫0305执移1号", new(2026, 2, 20));
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, new(2026, 3, 2), transfer, null, Applicant.Debtor));
        subject.StartReview(Calendar);

        subject.Applicant.ShouldBe(Applicant.EnforcementTransfer);
        Due(subject, K.AcceptanceDecision).ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Theory]
    [InlineData(Applicant.Creditor, A.AcceptComposition, AdvanceOutcome.CompositionNotByDebtor)]               // arts. 7, 95
    [InlineData(Applicant.LiquidationDutyHolder, A.AcceptComposition, AdvanceOutcome.CompositionNotByDebtor)]
    [InlineData(Applicant.LiquidationDutyHolder, A.AcceptReorganization, AdvanceOutcome.LiquidationOnlyApplicant)] // art. 7(3)
    [InlineData(Applicant.LiquidationDutyHolder, A.AcceptLiquidation, AdvanceOutcome.Advanced)]
    [InlineData(Applicant.Creditor, A.AcceptReorganization, AdvanceOutcome.Advanced)]                           // art. 7(2)
    [InlineData(Applicant.Debtor, A.AcceptComposition, AdvanceOutcome.Advanced)]                                // art. 95
    public void Who_applied_decides_which_procedure_the_court_may_accept_art_7(Applicant applicant, A acceptance, AdvanceOutcome expected) =>
        Step(Registered(applicant), acceptance, new(2026, 3, 10)).ShouldBe(expected);

    [Theory]
    [InlineData(Applicant.Debtor, ConversionApplicant.Debtor, null, null, AdvanceOutcome.NotCreditorPetition)]    // art. 70(2): a creditor's petition only
    [InlineData(Applicant.Creditor, ConversionApplicant.Creditor, null, null, AdvanceOutcome.ConversionApplicantNotAllowed)]
    [InlineData(Applicant.Creditor, ConversionApplicant.Investor, "99.99", "1000", AdvanceOutcome.InvestorShareTooSmall)]
    [InlineData(Applicant.Creditor, ConversionApplicant.Investor, "100", "1000", AdvanceOutcome.Advanced)]           // exactly one tenth (以上)
    [InlineData(Applicant.Creditor, ConversionApplicant.Debtor, null, null, AdvanceOutcome.Advanced)]
    public void Conversion_to_reorganization_is_for_the_debtor_or_a_tenth_of_the_capital_in_a_creditors_case_art_70_2(
        Applicant applicant, ConversionApplicant by, string? held, string? registered, AdvanceOutcome expected)
    {
        var subject = Registered(applicant);
        Step(subject, A.AcceptLiquidation, new(2026, 3, 10)).ShouldBe(AdvanceOutcome.Advanced);
        var applied = new ConversionApplication(by, held is null ? null : decimal.Parse(held, System.Globalization.CultureInfo.InvariantCulture),
            registered is null ? null : decimal.Parse(registered, System.Globalization.CultureInfo.InvariantCulture));

        Step(subject, A.ConvertToReorganization, new(2026, 4, 1), details: new StepDetails(applied)).ShouldBe(expected);
        subject.State.ShouldBe(expected == AdvanceOutcome.Advanced ? S.ReorganizationRuled : S.Accepted);
    }

    [Theory]
    [InlineData(ConversionApplicant.Debtor, AdvanceOutcome.Advanced)]
    [InlineData(ConversionApplicant.Creditor, AdvanceOutcome.CompositionNotByDebtor)]
    [InlineData(ConversionApplicant.Investor, AdvanceOutcome.CompositionNotByDebtor)]
    public void Only_the_debtor_applies_for_composition_during_a_liquidation_art_95(ConversionApplicant by, AdvanceOutcome expected)
    {
        var subject = Registered(Applicant.Creditor);
        Step(subject, A.AcceptLiquidation, new(2026, 3, 10));

        Step(subject, A.ConvertToComposition, new(2026, 4, 1), details: new StepDetails(new ConversionApplication(by))).ShouldBe(expected);
    }

    [Fact]
    public void A_refusal_is_served_in_5_days_appealed_in_10_and_a_reversal_on_appeal_accepts_the_case_art_12()
    {
        var subject = Registered(Applicant.Debtor, receivedOn: new(2026, 3, 2));
        Step(subject, A.RejectApplication, new(2026, 3, 10)).ShouldBe(AdvanceOutcome.Advanced);
        Due(subject, K.RejectionService).ShouldBe(new DateOnly(2026, 3, 16)); // 03-15 is a Sunday

        subject.MeetDeadline(K.RejectionService, new(2026, 3, 12), Calendar).ShouldBe(MeetOutcome.Met);
        Due(subject, K.AppealPeriod).ShouldBe(new DateOnly(2026, 3, 23)); // 03-12 + 10 = Sunday 03-22

        Step(subject, A.AcceptLiquidation, new(2026, 4, 20)).ShouldBe(AdvanceOutcome.Advanced); // the higher court ordered acceptance
        (subject.State, subject.AcceptedOn).ShouldBe((S.Accepted, new DateOnly(2026, 4, 20)));
        subject.Deadlines.Single(d => d.Kind == K.AppealPeriod).Status.ShouldBe(DeadlineStatus.Lapsed);
        Due(subject, K.Announcement).ShouldBe(new DateOnly(2026, 5, 15)); // art. 14 from the new acceptance

        Step(subject, A.DismissApplication, new(2026, 5, 4)).ShouldBe(AdvanceOutcome.Advanced); // art. 12(2)
        subject.State.ShouldBe(S.Dismissed);
        Due(subject, K.RejectionService).ShouldBe(new DateOnly(2026, 5, 11)); // 05-09 is a Saturday
        subject.Deadlines.Single(d => d.Kind == K.Announcement).Status.ShouldBe(DeadlineStatus.Lapsed);
    }

    [Fact]
    public void The_administrators_request_under_art_43_4_is_ruled_on_in_15_days_from_acceptance_on()
    {
        var subject = Registered(Applicant.Debtor);
        Step(subject, A.AcceptLiquidation, new(2026, 3, 2));

        Step(subject, A.RequestTermination, new(2026, 4, 1), B.Art43).ShouldBe(AdvanceOutcome.Advanced);
        subject.Deadlines.Single(d => d.Kind == K.TerminationDecision).Source.ShouldBe("企业破产法第四十三条第四款");
        Due(subject, K.TerminationDecision).ShouldBe(new DateOnly(2026, 4, 16));
        Step(subject, A.Terminate, new(2026, 4, 10), B.Art43).ShouldBe(AdvanceOutcome.Advanced);
        subject.Deadlines.Single(d => d.Kind == K.TerminationDecision).Status.ShouldBe(DeadlineStatus.Met);
    }

    [Fact]
    public void Declaration_service_and_notice_run_5_and_10_days_and_a_termination_leaves_2_years_for_supplementary_distribution_arts_107_123()
    {
        var subject = Registered(Applicant.Debtor);
        Step(subject, A.AcceptLiquidation, new(2026, 3, 2));
        Step(subject, A.DeclareBankruptcy, new(2026, 4, 15)).ShouldBe(AdvanceOutcome.Advanced);
        Due(subject, K.DeclarationService).ShouldBe(new DateOnly(2026, 4, 20));
        Due(subject, K.DeclarationNotice).ShouldBe(new DateOnly(2026, 4, 27)); // 04-25 is a Saturday

        Step(subject, A.Terminate, new(2026, 12, 25), B.Art120).ShouldBe(AdvanceOutcome.Advanced);
        Due(subject, K.SupplementaryDistribution).ShouldBe(new DateOnly(2028, 12, 25)); // a Monday
        subject.Deadlines.Single(d => d.Kind == K.SupplementaryDistribution).Status.ShouldBe(DeadlineStatus.Open);
        DeadlineClosing.Duties.ShouldNotContain(K.SupplementaryDistribution); // a window, never overdue
    }

    [Fact]
    public void A_submitted_plan_is_voted_within_30_days_and_an_adopted_one_applied_for_in_10_and_ruled_on_in_30_arts_84_86()
    {
        var subject = Registered(Applicant.Debtor);
        Step(subject, A.AcceptReorganization, new(2026, 3, 2));
        Step(subject, A.SubmitPlan, new(2026, 6, 1)).ShouldBe(AdvanceOutcome.Advanced);
        Due(subject, K.PlanVoteMeeting).ShouldBe(new DateOnly(2026, 7, 1)); // art. 84(1)

        subject.PlanVoted(new(2026, 6, 26), adopted: true, Calendar);
        subject.Deadlines.Single(d => d.Kind == K.PlanVoteMeeting).Status.ShouldBe(DeadlineStatus.Met);
        Due(subject, K.ApprovalApplication).ShouldBe(new DateOnly(2026, 7, 6)); // 07-06: 06-26 + 10
        subject.MeetDeadline(K.ApprovalApplication, new(2026, 6, 29), Calendar).ShouldBe(MeetOutcome.Met);
        Due(subject, K.ApprovalRuling).ShouldBe(new DateOnly(2026, 7, 29)); // 06-29 + 30
    }

    [Fact]
    public void Plan_approval_states_its_basis_follows_its_vote_and_starts_the_supervision_report_arts_86_87_90_91()
    {
        var subject = Registered(Applicant.Debtor);
        Step(subject, A.AcceptReorganization, new(2026, 3, 2));
        Step(subject, A.SubmitPlan, new(2026, 6, 1));
        var adopted = new PlanVote(Guid.NewGuid(), 2, B.Art86, new(2026, 6, 26));
        var until = new DateOnly(2027, 6, 26); // a Saturday: the report is due the Monday after

        Step(subject, A.ApprovePlan, new(2026, 7, 10), B.Art86, new StepDetails(SupervisionUntil: until)).ShouldBe(AdvanceOutcome.NoPlanVote);
        Step(subject, A.ApprovePlan, new(2026, 6, 20), B.Art86, new StepDetails(null, adopted, until)).ShouldBe(AdvanceOutcome.NoPlanVote); // before the vote
        Step(subject, A.ApprovePlan, new(2026, 7, 10), B.Art87, new StepDetails(null, adopted, until)).ShouldBe(AdvanceOutcome.PlanBasisMismatch);
        Step(subject, A.ApprovePlan, new(2026, 7, 10), B.Art86, new StepDetails(null, adopted, new(2026, 7, 9))).ShouldBe(AdvanceOutcome.SupervisionBeforeApproval);
        subject.State.ShouldBe(S.PlanSubmitted);

        Step(subject, A.ApprovePlan, new(2026, 7, 10), B.Art86, new StepDetails(null, adopted, until)).ShouldBe(AdvanceOutcome.Advanced);
        (subject.State, subject.ApprovedPlanMeetingId, subject.ApprovedPlanResolution, subject.SupervisionUntil).ShouldBe((S.PlanExecution, adopted.MeetingId, 2, until));
        Due(subject, K.SupervisionReport).ShouldBe(new DateOnly(2027, 6, 28));
        subject.Timeline[^1].Basis.ShouldBe(B.Art86);
    }

    private static BankruptcyCase Registered(Applicant applicant, DateOnly? receivedOn = null)
    {
        CaseNumber.TryParse("(2026)豫0305破申7号", out var number).ShouldBeTrue();
        var subject = new BankruptcyCase(number!, Procedure.ApplicationReview, null, new CaseIntake([], false, receivedOn, null, null, applicant));
        subject.StartReview(Calendar);
        return subject;
    }

    private static AdvanceOutcome Step(BankruptcyCase subject, A action, DateOnly on, B basis = B.None, StepDetails? details = null) =>
        subject.TryAdvance(action, basis, new Ruling("(2026)豫0305破7号", on, "裁定"), null, DateTimeOffset.UnixEpoch, Calendar, Period.Months(6), details);

    private static DateOnly Due(BankruptcyCase subject, K kind) => subject.Deadlines.Single(d => d.Kind == kind).Due;
}
