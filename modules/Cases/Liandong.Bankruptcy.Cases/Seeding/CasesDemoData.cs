using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Seeding;

/// <summary>
/// Demo cases of 涧西区 (410305), dated around today so the desk has something due: a creditor's petition under review, a
/// liquidation with its claim period, a fast-track reorganization, a long-pending liquidation, a pre-packaged stage
/// with an interim administrator. Presided over by the demo judge (<c>410305-judge</c>); the demo firm
/// (<c>410305-firm</c>) administers the liquidation and the reorganization and is the interim administrator of the
/// pre-packaged stage; the liquidation has four reviewed claims and a first meeting whose management plan was adopted.
/// Written through the domain, without events (the seed verb runs no message bus).
/// Idempotent: a county that has cases is left alone.
/// </summary>
internal static class CasesDemoData
{
    public const string DivisionCode = "410305";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Guid? county;
        await using (var lookup = services.CreateAsyncScope())
        {
            county = await lookup.ServiceProvider.GetRequiredService<ICountyRegistry>().FindAsync(DivisionCode, cancellationToken);
        }

        if (county is null)
        {
            return;
        }

        using var _ = services.GetRequiredService<ICurrentTenant>().Change(county);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        if (await db.Cases.AnyAsync(cancellationToken))
        {
            return;
        }

        var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
        var firms = await scope.ServiceProvider.GetRequiredService<IUnitDirectory>().ActiveAsync(UnitKind.AdministratorFirm, cancellationToken);
        var firm = firms.FirstOrDefault(f => f.Name == "河南洛信律师事务所") ?? (firms.Count > 0 ? firms[0] : null);
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today();
        var at = DateTimeOffset.UtcNow;
        var court = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().MembersOfKindAsync(UnitKind.Court, cancellationToken);
        var judge = court.Count > 0 ? new CourtMember(court[0].UserId, court[0].DisplayName) : null; // the demo judge presides: the cases are on their desk
        var fastTrack = new CaseSettings().FastTrackTarget;

        BankruptcyCase Case(string number, string debtor, string uscc, CaseIntake intake)
        {
            if (!CaseNumber.TryParse(number, out var parsed))
            {
                throw new InvalidOperationException($"demo case number {number}");
            }

            var created = new BankruptcyCase(parsed!, Procedure.ApplicationReview, judge, intake);
            created.AddDebtor(debtor, uscc, null, "洛阳市涧西区", null);
            created.StartReview(calendar);
            db.Cases.Add(created);
            return created;
        }

        void Step(BankruptcyCase c, CaseAction action, DateOnly on, string kind, LegalBasis basis = LegalBasis.None) =>
            c.TryAdvance(action, basis, new Ruling(c.CaseNumber, on, kind), null, at, calendar, fastTrack);

        void Appoint(BankruptcyCase c, DateOnly on, bool interim = false)
        {
            if (firm is not null)
            {
                c.AppointAdministrator(firm.Id, firm.Name, interim, new Ruling(c.CaseNumber + "之一", on, "指定管理人决定书"), null, at);
            }
        }

        var year = today.Year;
        Case($"({year})豫0305破申1号", "洛阳某某重型机械有限公司", "91410305MA44X12343", Intake(receivedOn: today.AddDays(-5), applicant: Applicant.Creditor));

        var liquidation = Case($"({year})豫0305破申2号", "洛阳某某轴承制造有限公司", "91410305MA44Y5678Y", Intake(receivedOn: today.AddDays(-55)));
        Step(liquidation, CaseAction.AcceptLiquidation, today.AddDays(-45), "受理裁定");
        liquidation.MeetDeadline(DeadlineKind.AcceptanceService, today.AddDays(-43), calendar);
        Appoint(liquidation, today.AddDays(-44));
        liquidation.SetClaimPeriod(today.AddDays(-30), today.AddDays(30), calendar);

        var reorganization = Case($"({year})豫0305破申3号", "洛阳某某耐火材料有限公司", "91410305MA45A1357K", Intake(fastTrack: true));
        Step(reorganization, CaseAction.AcceptReorganization, today.AddDays(-150), "重整裁定");
        Appoint(reorganization, today.AddDays(-149));
        reorganization.MeetDeadline(DeadlineKind.AcceptanceService, today.AddDays(-148), calendar);
        reorganization.MeetDeadline(DeadlineKind.Announcement, today.AddDays(-140), calendar);

        var old = today.AddDays(-800);
        var longPending = Case($"({old.Year})豫0305破申4号", "洛阳某某纺织有限公司", "91410305MA45B2468C", Intake(applicant: Applicant.Creditor));
        Step(longPending, CaseAction.AcceptLiquidation, old, "受理裁定");
        longPending.MeetDeadline(DeadlineKind.AcceptanceService, old.AddDays(2), calendar);
        longPending.MeetDeadline(DeadlineKind.DebtorMaterials, old.AddDays(15), calendar);
        longPending.MeetDeadline(DeadlineKind.Announcement, old.AddDays(20), calendar);
        Step(longPending, CaseAction.DeclareBankruptcy, old.AddDays(120), "宣告破产裁定");
        longPending.MeetDeadline(DeadlineKind.DeclarationService, old.AddDays(122), calendar);
        longPending.MeetDeadline(DeadlineKind.DeclarationNotice, old.AddDays(125), calendar);
        Step(longPending, CaseAction.StartRealization, old.AddDays(200), "变价方案裁定");

        var prePackaged = Case($"({year})豫0305破申5号", "洛阳某某置业有限公司", "91410305MA46C9753R", Intake(prePackagedFrom: today.AddDays(-30)));
        Appoint(prePackaged, today.AddDays(-28), interim: true);

        // The liquidation's creditor side: four reviewed claims, the first meeting and its adopted management plan.
        var claims = new List<Domain.Claims.Claim>();
        foreach (var (creditor, kind, priority, amount, collateral) in new (string, Domain.Claims.ClaimKind, Domain.Claims.PriorityClass, decimal, string?)[]
        {
            ("中国某某银行洛阳分行", Domain.Claims.ClaimKind.Secured, Domain.Claims.PriorityClass.Secured, 8_000_000m, "厂房及土地使用权"),
            ("洛阳某某钢材贸易有限公司", Domain.Claims.ClaimKind.Ordinary, Domain.Claims.PriorityClass.Ordinary, 1_200_000m, null),
            ("河南某某物流有限公司", Domain.Claims.ClaimKind.Ordinary, Domain.Claims.PriorityClass.Ordinary, 450_000m, null),
            ("洛阳某某电力设备有限公司", Domain.Claims.ClaimKind.Ordinary, Domain.Claims.PriorityClass.Ordinary, 300_000m, null),
        })
        {
            var votingClass = kind == Domain.Claims.ClaimKind.Secured ? Domain.Voting.VotingClass.Secured : Domain.Voting.VotingClass.Ordinary;
            var claim = new Domain.Claims.Claim(liquidation.Id, claims.Count + 1,
                new Domain.Claims.ClaimDeclaration(creditor, kind, priority, votingClass, amount, 0, 0, collateral, collateral is null ? null : 1, today.AddDays(-25)), false, null);
            claim.ReviewAs(Domain.Claims.ReviewStatus.Confirmed, null, null, today.AddDays(-20));
            claims.Add(claim);
        }

        db.Claims.AddRange(claims);
        var meeting = new Domain.Meetings.CreditorsMeeting(liquidation.Id, 1, true, today.AddDays(-20), today.AddDays(-5));
        meeting.Propose(Domain.Voting.ResolutionKind.ManagementPlan, "通过债务人财产管理方案");
        foreach (var (claim, ballot, remote) in new[] { (claims[1], Domain.Voting.Ballot.Yes, false), (claims[2], Domain.Voting.Ballot.Yes, true), (claims[3], Domain.Voting.Ballot.No, false) })
        {
            meeting.Cast(1, claim, claims, ballot, remote);
        }

        meeting.Close(1, claims, today.AddDays(-5), calendar);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CaseIntake Intake(DateOnly? receivedOn = null, bool fastTrack = false, DateOnly? prePackagedFrom = null, Applicant applicant = Applicant.Debtor) =>
        new([], fastTrack, receivedOn, null, prePackagedFrom, applicant);
}
