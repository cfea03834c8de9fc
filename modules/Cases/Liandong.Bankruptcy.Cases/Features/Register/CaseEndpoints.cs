using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Events;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Register;

/// <summary>The case register: register a case with its debtors, read it, list the county's cases.</summary>
internal static class CaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Cases");
        cases.MapGet("/", List).RequirePermission(CasesPermissions.View)
            .Describe("ListCases", "The county's cases, filtered", "破产案件列表");
        cases.MapGet("/export", Export).RequirePermission(CasesPermissions.View)
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .Describe("ExportCases", "The filtered case list as a spreadsheet", "导出案件列表（Excel）");
        cases.MapGet("/{id:guid}", Get).RequirePermission(CasesPermissions.View)
            .Describe("GetCase", "One case with its debtors and deadlines", "案件详情");
        cases.MapPost("/", Register).RequirePermission(CasesPermissions.Register).WithIdempotency()
            .Describe("RegisterCase", "Register a bankruptcy case", "登记破产案件");
    }

    private static async Task<Ok<ListResponse<CaseSummary>>> List(
        PageRequest page, [AsParameters] CaseFilter filter, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(page, filter, db, clock, cancellationToken));

    /// <summary>The county's cases by case number, filtered (the API, the page and the export).</summary>
    internal static async Task<ListResponse<CaseSummary>> ListAsync(
        PageRequest page, CaseFilter filter, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var threshold = (await Settings.CaseSettingsEndpoints.CurrentAsync(db, cancellationToken)).LongPendingThreshold(clock.Today());
        return await page.ReadAsync(
            Filtered(filter, db, clock, threshold), c => c.CaseNumber,
            c => new CaseSummary(c.Id, c.CaseNumber, c.Procedure, c.State, c.PresidingJudge, c.Debtors.OrderBy(d => d.Position).Select(d => d.Name).ToList(),
                c.AcceptedOn, c.FastTrack, c.AdministratorFirmName, c.AcceptedOn < threshold && CaseTransitions.Pending.Contains(c.State), c.Version),
            c => c.CaseNumber, cancellationToken);
    }

    /// <summary>At most this many rows per export; a county with more narrows the filters.</summary>
    internal const int MaxExportRows = 50_000;

    /// <summary>The filtered list as a spreadsheet, in case-number order, column headers in the user's language.</summary>
    private static async Task<FileContentHttpResult> Export(
        [AsParameters] CaseFilter filter, CasesDbContext db, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var threshold = (await Settings.CaseSettingsEndpoints.CurrentAsync(db, cancellationToken)).LongPendingThreshold(today);
        var rows = await Filtered(filter, db, clock, threshold).OrderBy(c => c.CaseNumber).Take(MaxExportRows)
            .Select(c => new
            {
                c.CaseNumber, Debtors = c.Debtors.OrderBy(d => d.Position).Select(d => d.Name).ToList(), c.Procedure, c.State, c.PresidingJudge,
                c.AcceptedOn, c.AdministratorFirmName, c.FastTrack, LongPending = c.AcceptedOn < threshold && CaseTransitions.Pending.Contains(c.State),
            })
            .ToListAsync(cancellationToken);
        var t = ModuleMessages.For(http);
        string Yes(bool value) => value ? t["page.cases.yes"] : "";
        return await Spreadsheets.XlsxAsync(
            [.. rows.Select(r => (IReadOnlyList<KeyValuePair<string, object?>>)
            [
                new(t["page.cases.case_number"], r.CaseNumber),
                new(t["page.cases.debtors"], string.Join("、", r.Debtors)),
                new(t["page.cases.procedure"], t["Procedure." + r.Procedure].Value),
                new(t["page.cases.state"], t["CaseState." + r.State].Value),
                new(t["page.cases.judge"], r.PresidingJudge),
                new(t["page.cases.accepted_on"], r.AcceptedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new(t["page.cases.administrator"], r.AdministratorFirmName),
                new(t["page.cases.fast_track"], Yes(r.FastTrack)),
                new(t["page.cases.long_pending"], Yes(r.LongPending)),
            ])],
            $"cases-{today:yyyyMMdd}.xlsx", cancellationToken);
    }

    /// <summary>The county's cases matching the list's filters (long-pending: accepted before <paramref name="threshold"/>, still before the court).</summary>
    internal static IQueryable<BankruptcyCase> Filtered(CaseFilter filter, CasesDbContext db, TimeProvider clock, DateOnly threshold)
    {
        var cases = db.Cases.AsNoTracking();
        if (filter.State is { } wantedState)
        {
            cases = cases.Where(c => c.State == wantedState);
        }

        if (filter.Procedure is { } wantedProcedure)
        {
            cases = cases.Where(c => c.Procedure == wantedProcedure);
        }

        if (!string.IsNullOrWhiteSpace(filter.Judge))
        {
            var judge = filter.Judge.Trim();
            cases = cases.Where(c => c.PresidingJudge == judge);
        }

        if (filter.Overdue == true)
        {
            var today = clock.Today();
            cases = cases.Where(c => c.Deadlines.Any(d => d.Status == DeadlineStatus.Open && DeadlineClosing.Duties.Contains(d.Kind) && d.Due < today));
        }

        if (filter.LongPending == true)
        {
            cases = cases.Where(c => c.AcceptedOn < threshold && CaseTransitions.Pending.Contains(c.State));
        }

        return cases;
    }

    private static async Task<Ok<CaseDto>> Get(Guid id, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, db, cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(CaseDto.From(found));
    }

    /// <summary>The case with its debtors and deadlines, read only; 404 when the county has no such case.</summary>
    internal static async Task<BankruptcyCase> FindAsync(Guid id, CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().AsSplitQuery().Include(c => c.Debtors.OrderBy(d => d.Position)).Include(c => c.Deadlines)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    private static async Task<Created<CaseDto>> Register(
        RegisterCaseRequest request, IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant,
        IHolidayCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var registered = await RegisterAsync(request, outbox, counties, tenant, calendar, cancellationToken);
        http.SetETag(registered);
        return TypedResults.Created($"/api/cases/{registered.Id}", CaseDto.From(registered));
    }

    /// <summary>Registers a validated request (the API and the page): the case and its <see cref="CaseRegistered"/> commit together.</summary>
    internal static async Task<BankruptcyCase> RegisterAsync(
        RegisterCaseRequest request, IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant,
        IHolidayCalendar calendar, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(request.CaseNumber, out var number))
        {
            throw new InvalidOperationException("unvalidated case number");
        }

        if (!(await counties.CourtCodesAsync(tenant.Id!.Value, cancellationToken)).Contains(number!.CourtCode))
        {
            throw BusinessException.Rule("cases.court_not_in_county", number.CourtCode);
        }

        var debtors = request.Debtors!;
        for (var i = 0; i < debtors.Count; i++)
        {
            if (!Uscc.CheckCharacterMatches(debtors[i].Uscc!) && string.IsNullOrWhiteSpace(debtors[i].UsccOverrideReason))
            {
                throw BusinessException.Rule("cases.uscc_check_failed", i + 1);
            }
        }

        var db = outbox.DbContext;
        var text = number.ToString();
        if (await db.Cases.AnyAsync(c => c.CaseNumber == text, cancellationToken))
        {
            throw BusinessException.Conflict("cases.case_number_taken");
        }

        var transfer = request.Transfer is { } t
            ? new EnforcementTransfer(t.EnforcementCourt!.Trim(), t.EnforcementCaseNumber!.Trim(), t.DecisionNumber!.Trim(), t.DecidedOn!.Value)
            : null;
        var registered = new BankruptcyCase(number, request.Procedure!.Value, request.PresidingJudge?.Trim(), new CaseIntake(
            [.. (request.Panel ?? []).Select(p => p!.Trim())], request.FastTrack == true, request.ReceivedOn, transfer, request.PrePackagedFrom));
        registered.StartReview(await calendar.GetAsync(cancellationToken));
        foreach (var d in debtors)
        {
            var overrideReason = Uscc.CheckCharacterMatches(d.Uscc!) ? null : d.UsccOverrideReason!.Trim();
            registered.AddDebtor(d.Name!.Trim(), d.Uscc!, overrideReason, d.RegisteredAddress?.Trim(), d.LegalRepresentative?.Trim());
        }

        db.Cases.Add(registered);
        await outbox.PublishAsync(new CaseRegistered(registered.Id, registered.CaseNumber, registered.Procedure.ToString()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return registered;
    }
}

/// <summary>
/// The list's filters: <c>?state=&amp;procedure=&amp;judge=&amp;overdue=true</c> (a case with an open duty past its due
/// date) <c>&amp;longPending=true</c> (accepted longer ago than the county's long-pending age and still before the court).
/// </summary>
internal sealed record CaseFilter(CaseState? State, Procedure? Procedure, string? Judge, bool? Overdue, bool? LongPending);

internal sealed record CaseSummary(Guid Id, string CaseNumber, Procedure Procedure, CaseState State, string? PresidingJudge, IReadOnlyList<string> Debtors,
    DateOnly? AcceptedOn, bool FastTrack, string? AdministratorFirm, bool LongPending, uint Version);

internal sealed record DebtorDto(Guid Id, string Name, string Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

internal sealed record DeadlineDto(DeadlineKind Kind, DateOnly StartsOn, DateOnly Due, bool Provisional, string Source, DeadlineStatus Status, DateOnly? ClosedOn);

internal sealed record AdministratorDto(Guid FirmId, string? Name, DateOnly? AppointedOn, bool Interim);

internal sealed record PrePackagedDto(DateOnly From, DateOnly? Until);

internal sealed record CaseDto(Guid Id, string CaseNumber, string CourtCode, Procedure Procedure, CaseState State, string? PresidingJudge,
    IReadOnlyList<string> Panel, bool FastTrack, DateOnly? ReceivedOn, EnforcementTransfer? Transfer, PrePackagedDto? PrePackaged,
    DateOnly? AcceptedOn, AdministratorDto? Administrator, IReadOnlyList<DebtorDto> Debtors, IReadOnlyList<DeadlineDto> Deadlines, uint Version)
{
    public static CaseDto From(BankruptcyCase c) => new(c.Id, c.CaseNumber, c.CourtCode, c.Procedure, c.State, c.PresidingJudge,
        c.Panel, c.FastTrack, c.ReceivedOn, c.Transfer, c.PrePackagedFrom is { } from ? new PrePackagedDto(from, c.PrePackagedUntil) : null, c.AcceptedOn,
        c.AdministratorFirmId is { } firm ? new AdministratorDto(firm, c.AdministratorFirmName, c.AdministratorAppointedOn, c.AdministratorInterim) : null,
        [.. c.Debtors.OrderBy(d => d.Position).Select(d => new DebtorDto(d.Id, d.Name, d.Uscc, d.UsccOverrideReason, d.RegisteredAddress, d.LegalRepresentative))],
        [.. c.Deadlines.OrderBy(d => d.Due).Select(d => new DeadlineDto(d.Kind, d.StartsOn, d.Due, d.Provisional, d.Source, d.Status, d.ClosedOn))], c.Version);
}

internal sealed record DebtorRequest(string? Name, string? Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

/// <summary>The enforcement court's transfer decision (执转破).</summary>
internal sealed record TransferRequest(string? EnforcementCourt, string? EnforcementCaseNumber, string? DecisionNumber, DateOnly? DecidedOn);

internal sealed record RegisterCaseRequest(
    string? CaseNumber, Procedure? Procedure, string? PresidingJudge, IReadOnlyList<DebtorRequest>? Debtors,
    IReadOnlyList<string?>? Panel = null, bool? FastTrack = null, DateOnly? ReceivedOn = null, TransferRequest? Transfer = null,
    DateOnly? PrePackagedFrom = null) : IValidatable
{
    public const int MaxPanel = 6;

    public void Validate(ValidationErrors errors)
    {
        if (!Domain.CaseNumber.TryParse(CaseNumber, out _))
        {
            errors.Add("caseNumber", "validation.case_number");
        }

        errors.Defined("procedure", Procedure);
        errors.OptionalText("presidingJudge", PresidingJudge, 50);
        ValidateTracks(errors);
        if (Debtors is not { Count: > 0 })
        {
            errors.Add("debtors", "validation.debtors");
            return;
        }

        for (var i = 0; i < Debtors.Count; i++)
        {
            var d = Debtors[i];
            errors.RequiredText($"debtors[{i}].name", d.Name, 200);
            if (!Uscc.IsWellFormed(d.Uscc))
            {
                errors.Add($"debtors[{i}].uscc", "validation.uscc");
            }

            errors.OptionalText($"debtors[{i}].usccOverrideReason", d.UsccOverrideReason, 200);
            errors.OptionalText($"debtors[{i}].registeredAddress", d.RegisteredAddress, 300);
            errors.OptionalText($"debtors[{i}].legalRepresentative", d.LegalRepresentative, 50);
        }
    }

    private void ValidateTracks(ValidationErrors errors)
    {
        if (Panel is { Count: > MaxPanel })
        {
            errors.Add("panel", "validation.range", 0, MaxPanel);
        }

        for (var i = 0; i < (Panel?.Count ?? 0); i++)
        {
            errors.RequiredText($"panel[{i}]", Panel![i], 50);
        }

        if (Transfer is { } t)
        {
            errors.RequiredText("transfer.enforcementCourt", t.EnforcementCourt, 100);
            errors.RequiredText("transfer.enforcementCaseNumber", t.EnforcementCaseNumber, 40);
            errors.RequiredText("transfer.decisionNumber", t.DecisionNumber, 60);
            if (t.DecidedOn is null)
            {
                errors.Add("transfer.decidedOn", "validation.required");
            }
            else if (ReceivedOn < t.DecidedOn)
            {
                errors.Add("receivedOn", "validation.received_before_transfer");
            }
        }

        if (PrePackagedFrom is not null && Procedure != Domain.Procedure.ApplicationReview)
        {
            errors.Add("prePackagedFrom", "validation.pre_packaged_before_acceptance");
        }
    }
}
