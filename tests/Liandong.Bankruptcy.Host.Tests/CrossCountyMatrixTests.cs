using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// Every county route with an {id}: an object made in county A, asked for by a user of county B holding every county
/// permission, with a valid body and version, answers 404 for each method the route has, and county A is unchanged.
/// A new route without a factory here fails the test, so every module joins the matrix.
/// </summary>
public sealed class CrossCountyMatrixTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _a = null!;
    private TestCounty _b = null!;
    private HttpClient _ownerOfA = null!;
    private HttpClient _attackerFromB = null!;
    private int _caseSequence; // county A's case numbers: distinct, so no factory ever collides with another

    public async ValueTask InitializeAsync()
    {
        _a = await host.CreateCountyAsync();
        _b = await host.CreateCountyAsync();
        var everything = host.Services.GetRequiredService<PermissionCatalog>().ByName.Keys
            .Where(p => host.Services.GetRequiredService<PermissionCatalog>().IsGrantable(p, hostSide: false)).ToArray();
        _ownerOfA = host.CreateClient(await host.CreateUserAsync(_a, everything));
        _attackerFromB = host.CreateClient(await host.CreateUserAsync(_b, everything));
    }

    public ValueTask DisposeAsync()
    {
        _ownerOfA.Dispose();
        _attackerFromB.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Per route: make the object in county A (as its owner) and give a valid body for each method.</summary>
    private Dictionary<string, Func<Task<Target>>> Factories() => new()
    {
        ["/api/platform/units/{id:guid}"] = async () =>
        {
            var id = await Create("/api/platform/units", new { name = "甲县单位" + Guid.NewGuid().ToString("N")[..6], kind = "Tax" });
            return new Target(id, new { name = "越权改名", isActive = false });
        },
        ["/api/platform/roles/{id:guid}"] = async () =>
        {
            var id = await Create("/api/platform/roles", new { name = "甲县角色" + Guid.NewGuid().ToString("N")[..6], permissions = new[] { PlatformPermissions.UnitsView } });
            return new Target(id, new { name = "越权角色", permissions = new[] { PlatformPermissions.UnitsManage } });
        },
        ["/api/platform/users/{id:guid}"] = UserTarget(new { }),
        ["/api/platform/users/{id:guid}/access"] = UserTarget(new { roleIds = Array.Empty<Guid>(), permissions = new[] { PlatformPermissions.UsersManage }, isActive = true }),
        ["/api/platform/users/{id:guid}/account"] = UserTarget(new { displayName = "越权", isActive = false }),
        ["/api/platform/users/{id:guid}/password"] = UserTarget(new { newPassword = "Yuequan2026Mima" }),
        ["/api/cases/{id:guid}"] = () => CaseTarget(new { }),
        ["/api/cases/{id:guid}/timeline"] = () => CaseTarget(new { }),
        ["/api/cases/{id:guid}/claim-period"] = () => CaseTarget(new { announcedOn = "2026-03-10", claimDeadline = "2026-04-20" }),
        ["/api/cases/{id:guid}/deadlines/{kind}/met"] = () => CaseTarget(new { on = "2026-03-10" }),
        ["/api/cases/{id:guid}/administrator"] = () => CaseTarget(new
        {
            firmId = Guid.NewGuid(),
            decision = new { number = "(2026)豫0000破1号", date = "2026-03-02", kind = "指定管理人决定书" },
        }),
        ["/api/cases/{id:guid}/transitions"] = () => CaseTarget(new
        {
            action = "AcceptLiquidation",
            ruling = new { number = "(2026)豫0000破申1号", date = "2026-03-02", kind = "受理裁定" },
        }),
        ["/api/cases/{id:guid}/requests"] = () => CaseTarget(new { kind = "SellAssets", subject = "越权请示", text = "越权", requestedOn = "2026-03-05" }),
        ["/api/cases/requests/{id:guid}/reply"] = async () =>
        {
            var caseTarget = await CaseTarget(new { });
            var id = await Create($"/api/cases/{caseTarget.Id}/requests", new { kind = "SellAssets", subject = "甲县请示", text = "甲县", requestedOn = "2026-03-05" });
            return new Target(id, new { approved = true, reply = "越权批复", on = "2026-03-06" });
        },
        ["/api/cases/{id:guid}/publications"] = () => CaseTarget(new { }),
        ["/api/cases/{id:guid}/meetings"] = () => CaseTarget(new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" }),
        ["/api/cases/meetings/{id:guid}/resolutions"] = () => MeetingTarget(new { kind = "Ordinary", title = "越权" }),
        ["/api/cases/meetings/{id:guid}/ballots"] = () => MeetingTarget(new { resolution = 1, claimId = Guid.NewGuid(), ballot = "Yes" }),
        ["/api/cases/meetings/{id:guid}/tally"] = () => MeetingTarget(new { resolution = 1, on = "2026-05-05" }),
        ["/api/cases/meetings/{id:guid}/revote"] = () => MeetingTarget(new { resolution = 1 }),
        ["/api/cases/meetings/{id:guid}/minutes"] = () => MeetingTarget(new { minutes = "越权记录" }),
        ["/api/cases/meetings/{id:guid}/ruling"] = () => MeetingTarget(new { resolution = 1, ruling = new { number = "(2026)豫0000破1号之一", date = "2026-05-06", kind = "民事裁定书" } }),
        ["/api/cases/claims/{id:guid}/voting-amount"] = () => ClaimTarget(new { amount = 1 }),
        ["/api/cases/{id:guid}/committee"] = () => CaseTarget(new { members = new[] { new { name = "越权", role = "EmployeeRepresentative" } } }),
        ["/api/cases/{id:guid}/committee/decisions"] = () => CaseTarget(new { kind = "Consent", subject = "越权", text = "越权", on = "2026-05-01", votesFor = 1 }),
        ["/api/cases/publications/{id:guid}/published"] = async () =>
        {
            var caseId = await AcceptedCaseOfA(); // the acceptance started publication duties
            var duty = (await _ownerOfA.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/publications", _ct)).EnumerateArray().First();
            return new Target(duty.GetProperty("id").GetGuid(), new { on = "2026-03-05" });
        },
        ["/api/cases/{id:guid}/claims"] = () => CaseTarget(new { creditor = "越权债权人", kind = "Ordinary", priority = "Ordinary", principal = 1, declaredOn = "2026-04-01" }),
        ["/api/cases/claims/{id:guid}/review"] = () => ClaimTarget(new { status = "Confirmed", on = "2026-05-01" }),
        ["/api/cases/claims/{id:guid}/objection"] = () => ClaimTarget(new { reason = "越权", raisedOn = "2026-05-01", meetingReviewedOn = "2026-05-01", outcome = "Withdrawn" }),
        ["/api/cases/claims/{id:guid}/confirmation"] = () => ClaimTarget(new { on = "2026-05-01" }),
        ["/api/cases/{id:guid}/forced-approval-application"] = () => CaseTarget(new { meetingId = Guid.NewGuid(), resolution = 1, on = "2026-06-01" }),
        ["/api/cases/{id:guid}/judges"] = () => CaseTarget(new { presidingJudgeId = Guid.NewGuid() }),
        ["/api/cases/claims/{id:guid}/collateral-realization"] = () => ClaimTarget(new { proceeds = 1, on = "2026-05-01" }),
        ["/api/tax/cases/{id:guid}"] = () => CaseFileTarget(new { }),
        ["/api/tax/cases/{id:guid}/declarations"] = () => CaseFileTarget(new
        {
            declaredOn = "2026-04-01",
            lines = new[] { new { kind = "Tax", taxType = "增值税", periodFrom = "2026-01-01", periodTo = "2026-01-31", dueDate = "2026-02-15", principal = 100 } },
        }),
        ["/api/tax/cases/{id:guid}/declarations.xlsx"] = () => CaseFileTarget(new { }),
        ["/api/tax/cases/{id:guid}/reviews"] = () => CaseFileTarget(new { reviewedOn = "2026-04-10", lines = new[] { new { lineId = Guid.NewGuid(), review = "Confirmed" } } }),
        ["/api/tax/cases/{id:guid}/preservation-lifted"] = () => CaseFileTarget(new { liftedOn = "2026-03-05", measures = Array.Empty<string>() }),
        ["/api/tax/cases/{id:guid}/abnormal-taxpayer"] = () => CaseFileTarget(new { since = "2025-06-01", reason = "越权认定" }),
        ["/api/tax/cases/{id:guid}/abnormal-taxpayer/returns-filed"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/tax/cases/{id:guid}/abnormal-taxpayer/lifted"] = () => CaseFileTarget(new { liftedOn = "2026-03-06", noPenalty = true }),
        ["/api/tax/cases/{id:guid}/post-acceptance-taxes"] = () => CaseFileTarget(new { source = "AssetSale", taxType = "增值税", amount = 1, arisingOn = "2026-03-05" }),
        ["/api/tax/cases/{id:guid}/clearance"] = () => CaseFileTarget(new { documentNumber = "越权清税", issuedOn = "2026-03-05" }),
        ["/api/tax/cases/{id:guid}/credit-repair"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/tax/cases/{id:guid}/credit-repair/decision"] = () => CaseFileTarget(new { repaired = true, decidedOn = "2026-03-06", rating = "A" }),
        ["/api/deregistration/cases/{id:guid}"] = () => CaseFileTarget(new { }),
        ["/api/deregistration/cases/{id:guid}/application"] = () => CaseFileTarget(new { registry = "越权登记机关", appliedOn = "2026-03-05" }),
        ["/api/deregistration/cases/{id:guid}/customs"] = () => CaseFileTarget(new { registered = true }),
        ["/api/deregistration/cases/{id:guid}/customs/done"] = () => CaseFileTarget(new { document = "越权海关", doneOn = "2026-03-05" }),
        ["/api/deregistration/cases/{id:guid}/changes"] = () => CaseFileTarget(new { kind = "Equity", description = "越权变更", basis = "AdministratorApplication", appliedOn = "2026-03-05" }),
        ["/api/deregistration/cases/{id:guid}/changes/registered"] = () => CaseFileTarget(new { changeId = Guid.NewGuid(), registeredOn = "2026-03-05" }),
        ["/api/deregistration/cases/{id:guid}/publications"] = () => CaseFileTarget(new { publicationId = Guid.NewGuid(), publishedOn = "2026-03-05" }),
        ["/api/credit/cases/{id:guid}"] = () => CaseFileTarget(new { }),
        ["/api/credit/cases/{id:guid}/applications"] = () => CaseFileTarget(new { applicant = "Administrator", applicantName = "越权申请人", documents = new[] { "越权裁定" }, filedOn = "2026-03-05" }),
        ["/api/credit/cases/{id:guid}/measures/{target}/decision"] = () => CaseFileTarget(new { repaired = true, note = "越权修复", decidedOn = "2026-03-05" }),
        ["/api/credit/cases/{id:guid}/measures/{target}/reversal"] = () => CaseFileTarget(new { note = "越权撤销", reversedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}"] = () => CaseFileTarget(new { }),
        ["/api/wages/cases/{id:guid}/employees"] = () => CaseFileTarget(new { employees = new[] { new { name = "越权职工", idNumber = "11010519491231002X", wages = 100m } } }),
        ["/api/wages/cases/{id:guid}/employees.xlsx"] = () => CaseFileTarget(new { }),
        ["/api/wages/cases/{id:guid}/average-wage"] = () => CaseFileTarget(new { averageMonthlyWage = 5000m }),
        ["/api/wages/cases/{id:guid}/publication"] = () => CaseFileTarget(new { publishedOn = "2026-03-05", objectionDays = 15 }),
        ["/api/wages/cases/{id:guid}/employees/{employeeId:guid}/id-number"] = () => CaseFileTarget(new { }),
        ["/api/wages/cases/{id:guid}/employees/{employeeId:guid}/advance"] = () => CaseFileTarget(new { advancedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}/employees/{employeeId:guid}/objection"] = () => CaseFileTarget(new { reason = "越权异议", objectedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}/employees/{employeeId:guid}/objection/review"] = () => CaseFileTarget(new { upheld = false, reason = "越权审查", reviewedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}/verification"] = () => CaseFileTarget(new { verifiedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}/employees/{employeeId:guid}/verification"] = () => CaseFileTarget(new { medicalSubsidies = 1m, note = "越权核实", verifiedOn = "2026-03-05" }),
        ["/api/wages/cases/{id:guid}/representatives"] = () => CaseFileTarget(new { employeeIds = Array.Empty<Guid>() }),
        ["/api/wages/cases/{id:guid}/continued-operation"] = () => CaseFileTarget(new { month = "2026-03", employees = 1, amount = 1m }),
        ["/api/wages/cases/{id:guid}/continued-operation/{payrollId:guid}/payment"] = () => CaseFileTarget(new { paidOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}"] = () => CaseFileTarget(new { }),
        ["/api/assets/cases/{id:guid}/takeover"] = () => CaseFileTarget(new { items = new[] { new { category = "Seals", description = "越权接管" } } }),
        ["/api/assets/cases/{id:guid}/takeover/{number:int}"] = () => CaseFileTarget(new { status = "HandedOver", handedOverBy = "甲", receivedBy = "乙", on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/assets"] = () => CaseFileTarget(new { kind = "Other", description = "越权登记" }),
        ["/api/assets/cases/{id:guid}/assets/{number:int}"] = () => CaseFileTarget(new { kind = "Other", description = "越权修改" }),
        ["/api/assets/cases/{id:guid}/assets/{number:int}/seizures"] = () => CaseFileTarget(new { seizingBody = "某法院", documentNumber = "越权", seizedOn = "2026-03-01" }),
        ["/api/assets/cases/{id:guid}/assets/{number:int}/retrieval"] = () => CaseFileTarget(new { claimant = "某", basis = "越权", claimedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/assets/{number:int}/retrieval/decision"] = () => CaseFileTarget(new { accepted = true, decidedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/inquiries"] = () => CaseFileTarget(new { targets = new[] { "RealEstate" }, sentOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/inquiries/{number:int}/answer"] = () => CaseFileTarget(new { answeredOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/seizures/{number:int}/lifting"] = () => CaseFileTarget(new { step = "Letter", on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/seizures/{number:int}/lifted"] = () => CaseFileTarget(new { liftedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/realization-plan"] = () => CaseFileTarget(new
        {
            adoptedBy = "CreditorsMeeting", basis = "越权", adoptedOn = "2026-03-05", firstPricePercent = 70m, cutPercent = 20m, auctionRounds = 2, depositPercent = 10m, fixedPriceSale = true,
        }),
        ["/api/assets/cases/{id:guid}/sales"] = () => CaseFileTarget(new { assetNumber = 1, method = "Auction", startingPrice = 1m, deposit = 0m, announcedOn = "2026-03-05", startsOn = "2026-03-20" }),
        ["/api/assets/cases/{id:guid}/sales/{number:int}/result"] = () => CaseFileTarget(new { sold = false, endedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/account/request"] = () => CaseFileTarget(new { requestedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/account"] = () => CaseFileTarget(new { bank = "某银行", number = "123", openedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/account/entries"] = () => CaseFileTarget(new { direction = "Receipt", amount = 1m, on = "2026-03-05", counterparty = "某", purpose = "越权" }),
        ["/api/assets/cases/{id:guid}/account/entries/{number:int}/booking"] = () => CaseFileTarget(new { bookedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/account/statement.xlsx"] = () => CaseFileTarget(new { }),
        ["/api/assets/cases/{id:guid}/expenses"] = () => CaseFileTarget(new { kind = "BankruptcyExpense", description = "越权", amount = 1m, incurredOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/fee-scheme"] = () => CaseFileTarget(new { fixedAmount = 1m, setOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/fee-scheme/steps"] = () => CaseFileTarget(new { step = "Notified", on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans"] = () => CaseFileTarget(new { draftedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}"] = () => CaseFileTarget(new { }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/plan.xlsx"] = () => CaseFileTarget(new { }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/vote"] = () => CaseFileTarget(new { meetingId = Guid.NewGuid(), resolution = 1 }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/confirmation"] = () => CaseFileTarget(new { ruling = "越权", confirmedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/payouts/{position:int}/payment"] = () => CaseFileTarget(new { account = "123", paidOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/payouts/{position:int}/return"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/final-notice"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/forfeiture"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/distribution-plans/{number:int}/payouts/{position:int}/settlement"] = () => CaseFileTarget(new { released = 0m, settledOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/fund-applications"] = () => CaseFileTarget(new { amount = 1m, purpose = "越权", appliedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/fund-applications/{number:int}/decision"] = () => CaseFileTarget(new { approved = true, decidedOn = "2026-03-05" }),
        ["/api/assets/cases/{id:guid}/fund-applications/{number:int}/payment"] = () => CaseFileTarget(new { on = "2026-03-05" }),
        ["/api/wages/guarantee-rules/{id:guid}"] = async () =>
            new Target(await Create("/api/wages/guarantee-rules", new { effectiveFrom = "2026-01-01", monthsCovered = 6, monthlyCap = 5000m, fundName = "甲县欠薪保障金" }), new { }),
        ["/api/coordination/items/{id:guid}"] = () => ItemTarget(new { }),
        ["/api/coordination/items/{id:guid}/consent"] = () => ItemTarget(new { consented = true }),
        ["/api/coordination/items/{id:guid}/sign"] = () => ItemTarget(new { }),
        ["/api/coordination/items/{id:guid}/start"] = () => ItemTarget(new { }),
        ["/api/coordination/items/{id:guid}/complete"] = () => ItemTarget(new { result = "越权办结" }),
        ["/api/coordination/items/{id:guid}/return"] = () => ItemTarget(new { reason = "越权退回" }),
        ["/api/coordination/items/{id:guid}/reassign"] = async () => await ItemTarget(new { unitId = await Create("/api/platform/units", new { name = "甲县改派单位" + Guid.NewGuid().ToString("N")[..6], kind = "Tax" }) }),
        ["/api/coordination/items/{id:guid}/comments"] = () => ItemTarget(new { text = "越权留言" }),
        ["/api/coordination/items/{id:guid}/attachments"] = () => ItemTarget(new { }),
        ["/api/coordination/items/{id:guid}/attachments/{attachmentId:guid}"] = () => ItemTarget(new { }),
        ["/api/coordination/meetings/{id:guid}"] = () => CoordinationMeetingTarget(new { }),
        ["/api/coordination/meetings/{id:guid}/memo.docx"] = () => CoordinationMeetingTarget(new { }),
        ["/api/coordination/meetings/{id:guid}/memo"] = async () => await CoordinationMeetingTarget(new
        {
            memo = "越权备忘",
            decisions = new[] { new { text = "越权事项", unitId = await Create("/api/platform/units", new { name = "甲县备忘单位" + Guid.NewGuid().ToString("N")[..6], kind = "Tax" }), dueLength = 5, dueUnit = "Days" } },
        }),
        ["/api/coordination/meetings/{id:guid}/send-up"] = () => CoordinationMeetingTarget(new { on = "2026-06-01" }),
        ["/api/coordination/meetings/{id:guid}/circulate"] = () => CoordinationMeetingTarget(new { on = "2026-06-02" }),
        ["/api/coordination/risks/{id:guid}"] = () => RiskTarget(new { kind = "FinancialRisk", title = "越权修改", level = "Major", owner = "越权" }),
        ["/api/coordination/leads/{id:guid}"] = async () =>
        {
            var police = await Create("/api/platform/units", new { name = "甲县公安" + Guid.NewGuid().ToString("N")[..6], kind = "PublicSecurity" });
            var id = await Create("/api/coordination/leads", new { caseId = await AcceptedCaseOfA(), unitId = police, basis = "FalseBankruptcy", facts = "甲县线索" });
            return new Target(id, new { });
        },
        ["/api/coordination/risks/{id:guid}/resolve"] = () => RiskTarget(new { on = "2026-06-01" }),
        ["/api/coordination/templates/{id:guid}"] = async () =>
        {
            var id = await Create("/api/coordination/templates", new
            {
                key = "test." + Guid.NewGuid().ToString("N")[..8], trigger = "CaseAccepted", unitKind = "Tax", title = "甲县事项", dueLength = 5, dueUnit = "Days",
            });
            return new Target(id, new { key = "x", trigger = "CaseAccepted", unitKind = "Finance", title = "越权修改", dueLength = 1, dueUnit = "Days", isActive = false });
        },
        ["/api/platform/holidays/{id:guid}"] = async () =>
        {
            var id = await Create("/api/platform/holidays", new { date = "2031-05-02", kind = "DayOff", note = "甲县地方假日" });
            return new Target(id, new { });
        },
        ["/api/platform/users/{id:guid}/id-number"] = async () =>
        {
            var response = await _ownerOfA.PostAsJsonAsync("/api/platform/users", new
            {
                userName = "m" + Guid.NewGuid().ToString("N")[..10],
                displayName = "甲县实名",
                password = "Jiaxian2026Mima",
                roleIds = Array.Empty<Guid>(),
                idNumber = "11010519491231002X",
            }, _ct);
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            return new Target((await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("userId").GetGuid(), new { });
        },
    };

    [Fact]
    public async Task Another_countys_object_answers_404_on_every_route_and_method_and_stays_unchanged()
    {
        var routes = CountyRoutesWithId();
        var factories = Factories();
        routes.Keys.Where(r => !factories.ContainsKey(r)).ShouldBeEmpty("every {id} route needs a factory in this matrix");
        routes.Count.ShouldBeGreaterThanOrEqualTo(6);

        var violations = new List<string>();
        foreach (var (route, methods) in routes)
        {
            var target = await factories[route]();
            var before = await SettledSnapshotOfA();
            foreach (var method in methods)
            {
                var url = route.Replace("{id:guid}", target.Id.ToString(), StringComparison.Ordinal)
                    .Replace("{kind}", "Announcement", StringComparison.Ordinal)
                    .Replace("{target}", "DishonestDebtorList", StringComparison.Ordinal)
                    .Replace("{attachmentId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{employeeId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{payrollId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{number:int}", "1", StringComparison.Ordinal)
                    .Replace("{position:int}", "1", StringComparison.Ordinal); // the other route values so far
                var status = await Send(_attackerFromB, method, url, target.Body);
                if (status != HttpStatusCode.NotFound)
                {
                    violations.Add($"{method} {route}: {(int)status}");
                }
            }

            var after = await SnapshotOfA();
            if (after != before)
            {
                var changed = before.Split('\n').Zip(after.Split('\n')).Where(p => p.First != p.Second).Select(p => p.First + " => " + p.Second);
                violations.Add($"{route}: county A changed: {string.Join("; ", changed)}");
            }
        }

        violations.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_matrix_fails_on_an_endpoint_that_ignores_the_county()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var leaky = builder.Build();
        leaky.MapMethods("/leaky/{id}", ["GET", "PUT"], () => Results.Ok(new { leaked = true }));
        await leaky.StartAsync(_ct);
        using var client = new HttpClient { BaseAddress = new Uri(leaky.Urls.First()) };

        var status = await Send(client, "GET", $"/leaky/{Guid.NewGuid()}", new { });

        status.ShouldNotBe(HttpStatusCode.NotFound); // the matrix would report it
        await leaky.StopAsync(_ct);
    }

    private async Task<Target> CaseTarget(object body)
    {
        var id = await Create("/api/cases", new
        {
            caseNumber = $"(2026){_a.CourtCode}破申{Interlocked.Increment(ref _caseSequence)}号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "甲县某某有限公司", uscc = "91350100M000100Y43" } },
        });
        return new Target(id, body);
    }

    /// <summary>A claim of county A: a case accepted by the owner, one line declared.</summary>
    private async Task<Target> ClaimTarget(object body)
    {
        var caseId = await AcceptedCaseOfA();
        var id = await Create($"/api/cases/{caseId}/claims", new { creditor = "甲县债权人", kind = "Ordinary", priority = "Ordinary", principal = 100, declaredOn = "2026-04-01" });
        return new Target(id, body);
    }

    private async Task<Target> MeetingTarget(object body)
    {
        var caseId = await AcceptedCaseOfA();
        var id = await Create($"/api/cases/{caseId}/meetings", new { first = true, noticeSentOn = "2026-04-25", heldOn = "2026-05-05" });
        return new Target(id, body);
    }

    private Task<Guid> AcceptedCaseOfA() =>
        TestCases.AcceptedAsync(_ownerOfA, $"(2026){_a.CourtCode}破申{Interlocked.Increment(ref _caseSequence)}号", _ct);

    /// <summary>A module's file of a case in county A (tax, registration): the case accepted (the files open on that event).</summary>
    private async Task<Target> CaseFileTarget(object body) => new(await AcceptedCaseOfA(), body);

    private async Task<Target> CoordinationMeetingTarget(object body) =>
        new(await Create("/api/coordination/meetings", new { kind = "Special", topic = "甲县专题协调会", heldOn = "2026-05-20" }), body);

    private async Task<Target> RiskTarget(object body) =>
        new(await Create("/api/coordination/risks", new { kind = "ProblemHousing", title = "甲县问题楼盘", level = "Serious", owner = "甲县负责人", homeBuyers = 120 }), body);

    private async Task<Target> ItemTarget(object body)
    {
        var unit = await Create("/api/platform/units", new { name = "甲县税务" + Guid.NewGuid().ToString("N")[..6], kind = "Tax" });
        var id = await Create("/api/coordination/items", new { unitId = unit, title = "甲县事项", dueLength = 5, dueUnit = "WorkingDays" });
        return new Target(id, body);
    }

    private Func<Task<Target>> UserTarget(object body) => async () =>
    {
        var user = await host.CreateUserAsync(_a, PlatformPermissions.UnitsView);
        return new Target(user.UserId, body);
    };

    private Dictionary<string, List<string>> CountyRoutesWithId() =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal)
                        && !raw.StartsWith("/api/host/", StringComparison.Ordinal) && raw.Contains("{id", StringComparison.Ordinal))
            .GroupBy(e => e.RoutePattern.RawText!)
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Distinct().ToList());

    private async Task<Guid> Create(string url, object body)
    {
        var response = await _ownerOfA.PostAsJsonAsync(url, body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
    }

    private async Task<HttpStatusCode> Send(HttpClient client, string method, string url, object body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "PUT" or "POST" or "PATCH")
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        if (method != "GET")
        {
            // The version the object has for its owner, so that only the county can be what refuses the request.
            var version = await _ownerOfA.GetAsync(url, _ct);
            request.Headers.IfMatch.Add(version.Headers.ETag ?? new EntityTagHeaderValue("\"1\""));
        }

        return (await client.SendAsync(request, _ct)).StatusCode;
    }

    /// <summary>Every tenant-owned row of county A in the platform schema, as text: any change shows.</summary>
    /// <summary>
    /// The snapshot once what the factory's requests set off has settled: the same over two looks 150 ms apart (changes by
    /// message handlers are left out of the snapshot altogether, see <see cref="SnapshotOfA"/>).
    /// </summary>
    private async Task<string> SettledSnapshotOfA()
    {
        var previous = await SnapshotOfA();
        var unchanged = 0;
        for (var i = 0; i < 80 && unchanged < 2; i++)
        {
            await Task.Delay(150, _ct);
            var current = await SnapshotOfA();
            unchanged = current == previous ? unchanged + 1 : 0;
            previous = current;
        }

        return previous;
    }

    private async Task<string> SnapshotOfA()
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = 'platform' AND column_name = 'tenant_id' ORDER BY 1", connection))
        await using (var reader = await list.ExecuteReaderAsync(_ct))
        {
            while (await reader.ReadAsync(_ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            // Changes made by message handlers (county A's own events, handled whenever the machine gets to them) are
            // not the attacker's: their audit rows carry the correlation id "background".
            var own = table == "audit_changes" ? " AND correlation_id <> 'background'" : "";
            await using var rows = new NpgsqlCommand(
                $"SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') FROM platform.\"{table}\" t WHERE tenant_id = @a{own}", connection);
            rows.Parameters.AddWithValue("a", _a.Id);
            snapshot.Append(table).Append(':').Append(await rows.ExecuteScalarAsync(_ct)).Append('\n');
        }

        return snapshot.ToString();
    }

    private sealed record Target(Guid Id, object Body);
}
