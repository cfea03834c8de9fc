using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Leads;

/// <summary>
/// Evasion leads (打击逃废债): a judge or an administrator hands a lead on a case to public security or the
/// procuratorate, with its basis in the Criminal Law (arts. 162-1, 162-2, 313) and the facts; it is an item of that
/// unit (straight to it: a referral is the court's or administrator's own power), and its result is the answer.
/// </summary>
internal static class LeadEndpoints
{
    public const int DefaultAnswerDays = 30;

    public static void Map(IEndpointRouteBuilder api)
    {
        var leads = api.MapGroup("/coordination/leads").WithTags("Coordination leads");
        leads.MapGet("", List).RequirePermission(CoordinationPermissions.Leads)
            .Describe("ListLeads", "Evasion leads the user may see", "逃废债线索");
        leads.MapPost("", async (LeadRequest request, LeadWork work, HttpContext http, CoordinationDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var lead = await work.HandAsync(request, ct);
            return TypedResults.Created($"/api/coordination/items/{lead.ItemId}", (await ListAsync(db, clock, ct, lead.Id)).Single());
        }).RequirePermission(CoordinationPermissions.HandLeads).WithIdempotency()
            .Describe("HandLead", "Hand an evasion lead to public security or the procuratorate", "移送逃废债线索");
    }

    private static async Task<Ok<List<LeadDto>>> List(CoordinationDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(db, clock, cancellationToken));

    /// <summary>The leads the user may see (a unit: those it was handed), newest first, each with its item's state and answer.</summary>
    internal static async Task<List<LeadDto>> ListAsync(CoordinationDbContext db, TimeProvider clock, CancellationToken cancellationToken, Guid? only = null)
    {
        var today = clock.Today();
        return await db.Leads.AsNoTracking().Where(l => only == null || l.Id == only)
            .Join(db.Items, l => l.ItemId, i => i.Id, (l, i) => new { l, i })
            .OrderByDescending(x => x.l.HandedOn).ThenByDescending(x => x.l.Id).Take(500)
            .Select(x => new LeadDto(x.l.Id, x.l.CaseId, x.l.CaseNumber, x.l.Basis, x.l.Facts, x.l.UnitId, x.l.UnitName, x.l.HandedOn, x.l.ItemId,
                x.i.Status, x.i.DueOn, x.i.IsOpen && x.i.DueOn < today, x.i.Result, x.i.CompletedOn))
            .ToListAsync(cancellationToken);
    }
}

internal sealed class LeadWork(
    CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit, ICurrentUnit currentUnit, TimeProvider clock)
{
    public async Task<EvasionLead> HandAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(request.UnitId!.Value, cancellationToken);
        if (unit is not { IsActive: true, Kind: UnitKind.PublicSecurity or UnitKind.Procuratorate })
        {
            throw BusinessException.Rule("coordination.lead_unit");
        }

        var caseNumber = await cases.CaseNumberAsync(request.CaseId!.Value, cancellationToken);
        var source = currentUnit.Unit?.Kind == UnitKind.AdministratorFirm ? ItemSource.AdministratorFirm : ItemSource.Court;
        var basis = EvasionLead.BasisText(request.Basis!.Value);
        var item = new CoordinationItem(
            new ItemOrigin(request.CaseId, caseNumber, ItemKinds.EvasionLead, $"打击逃废债线索移送：{caseNumber}", basis, source, currentUnit.Unit?.Id, Direct: true),
            new UnitRef(unit.Id, unit.Name), new DueRule(request.AnswerDays ?? LeadEndpoints.DefaultAnswerDays, Platform.Time.PeriodUnit.Days), ItemPriority.High, null);
        var today = clock.Today();
        item.Start(today, await calendars.GetAsync(cancellationToken), await db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        item.AddComment(request.Facts!.Trim(), audit.UserId, null, clock.GetUtcNow());
        var lead = new EvasionLead(request.CaseId!.Value, caseNumber, request.Basis.Value, request.Facts.Trim(), new UnitRef(unit.Id, unit.Name), item.Id, today, audit.UserId);
        db.Items.Add(item);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead;
    }
}

internal sealed record LeadDto(
    Guid Id, Guid CaseId, string CaseNumber, EvasionBasis Basis, string Facts, Guid UnitId, string UnitName, DateOnly HandedOn, Guid ItemId,
    ItemStatus Status, DateOnly? AnswerDue, bool Overdue, string? Answer, DateOnly? AnsweredOn);

internal sealed record LeadRequest(Guid? CaseId, Guid? UnitId, EvasionBasis? Basis, string? Facts, int? AnswerDays) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (CaseId is null)
        {
            errors.Add("caseId", "validation.required");
        }

        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.Defined("basis", Basis);
        errors.RequiredText("facts", Facts, 2000);
        if (AnswerDays is not null and not (>= 1 and <= 180))
        {
            errors.Add("answerDays", "validation.range", 1, 180);
        }
    }
}
