using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Events;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
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
        cases.MapGet("/", List).RequirePermission(CasesPermissions.View);
        cases.MapGet("/{id:guid}", Get).RequirePermission(CasesPermissions.View);
        cases.MapPost("/", Register).RequirePermission(CasesPermissions.Register).WithIdempotency();
    }

    private static async Task<Ok<ListResponse<CaseSummary>>> List(
        PageRequest page, [AsParameters] CaseFilter filter, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(page, filter, db, clock, cancellationToken));

    /// <summary>The county's cases by case number, filtered (the API and the page).</summary>
    internal static Task<ListResponse<CaseSummary>> ListAsync(
        PageRequest page, CaseFilter filter, CasesDbContext db, TimeProvider clock, CancellationToken cancellationToken)
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

        return page.ReadAsync(
            cases, c => c.CaseNumber,
            c => new CaseSummary(c.Id, c.CaseNumber, c.Procedure, c.State, c.PresidingJudge, c.Debtors.OrderBy(d => d.Position).Select(d => d.Name).ToList(), c.Version),
            c => c.CaseNumber, cancellationToken);
    }

    private static async Task<Ok<CaseDto>> Get(Guid id, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await FindAsync(id, db, cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(CaseDto.From(found));
    }

    /// <summary>The case with its debtors and deadlines, read only; 404 when the county has no such case.</summary>
    internal static async Task<BankruptcyCase> FindAsync(Guid id, CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Include(c => c.Debtors.OrderBy(d => d.Position)).Include(c => c.Deadlines)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    private static async Task<Created<CaseDto>> Register(
        RegisterCaseRequest request, IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant,
        HttpContext http, CancellationToken cancellationToken)
    {
        var registered = await RegisterAsync(request, outbox, counties, tenant, cancellationToken);
        http.SetETag(registered);
        return TypedResults.Created($"/api/cases/{registered.Id}", CaseDto.From(registered));
    }

    /// <summary>Registers a validated request (the API and the page): the case and its <see cref="CaseRegistered"/> commit together.</summary>
    internal static async Task<BankruptcyCase> RegisterAsync(
        RegisterCaseRequest request, IDbContextOutbox<CasesDbContext> outbox, ICountyRegistry counties, ICurrentTenant tenant,
        CancellationToken cancellationToken)
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

        var registered = new BankruptcyCase(number, request.Procedure!.Value, request.PresidingJudge?.Trim(), null);
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

/// <summary>The list's filters: <c>?state=&amp;procedure=&amp;judge=&amp;overdue=true</c> (a case with an open duty past its due date).</summary>
internal sealed record CaseFilter(CaseState? State, Procedure? Procedure, string? Judge, bool? Overdue);

internal sealed record CaseSummary(Guid Id, string CaseNumber, Procedure Procedure, CaseState State, string? PresidingJudge, IReadOnlyList<string> Debtors, uint Version);

internal sealed record DebtorDto(Guid Id, string Name, string Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

internal sealed record DeadlineDto(DeadlineKind Kind, DateOnly StartsOn, DateOnly Due, bool Provisional, string Source, DeadlineStatus Status, DateOnly? ClosedOn);

internal sealed record CaseDto(Guid Id, string CaseNumber, string CourtCode, Procedure Procedure, CaseState State, string? PresidingJudge,
    IReadOnlyList<DebtorDto> Debtors, IReadOnlyList<DeadlineDto> Deadlines, uint Version)
{
    public static CaseDto From(BankruptcyCase c) => new(c.Id, c.CaseNumber, c.CourtCode, c.Procedure, c.State, c.PresidingJudge,
        [.. c.Debtors.OrderBy(d => d.Position).Select(d => new DebtorDto(d.Id, d.Name, d.Uscc, d.UsccOverrideReason, d.RegisteredAddress, d.LegalRepresentative))],
        [.. c.Deadlines.OrderBy(d => d.Due).Select(d => new DeadlineDto(d.Kind, d.StartsOn, d.Due, d.Provisional, d.Source, d.Status, d.ClosedOn))], c.Version);
}

internal sealed record DebtorRequest(string? Name, string? Uscc, string? UsccOverrideReason, string? RegisteredAddress, string? LegalRepresentative);

internal sealed record RegisterCaseRequest(string? CaseNumber, Procedure? Procedure, string? PresidingJudge, IReadOnlyList<DebtorRequest>? Debtors) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (!Domain.CaseNumber.TryParse(CaseNumber, out _))
        {
            errors.Add("caseNumber", "validation.case_number");
        }

        errors.Defined("procedure", Procedure);
        errors.OptionalText("presidingJudge", PresidingJudge, 50);
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
}
