using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Administrator;

/// <summary><c>{firmId, interim?, decision:{number, date, kind}}</c>: the firm and the court's decision (指定管理人决定书).</summary>
internal sealed record AppointAdministratorRequest(Guid? FirmId, bool? Interim, RulingRequest? Decision) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (FirmId is null)
        {
            errors.Add("firmId", "validation.required");
        }

        RulingRequest.Validate(errors, "decision", Decision);
    }
}

/// <summary>
/// The court's decision appointing the administrator firm (arts. 13, 22), or the interim administrator of the
/// pre-packaged stage (SPC 2018 minutes §22): the firm must be an active administrator-firm unit of the county.
/// </summary>
internal sealed class AppointAdministrator(IDbContextOutbox<CasesDbContext> outbox, IUnitDirectory units, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, AppointAdministratorRequest request, CancellationToken cancellationToken)
    {
        var found = await outbox.DbContext.ForChangeAsync(id, expected, cancellationToken);
        if (await units.FindAsync(request.FirmId!.Value, cancellationToken) is not { Kind: UnitKind.AdministratorFirm, IsActive: true } firm)
        {
            throw BusinessException.Rule("cases.not_an_administrator_firm");
        }

        var interim = request.Interim == true;
        var decision = new Ruling(request.Decision!.Number!.Trim(), request.Decision.Date!.Value, request.Decision.Kind!.Trim());
        found.AppointAdministrator(firm.Id, firm.Name, interim, decision, audit.UserId, clock.GetUtcNow()).OrRefuse(found.State);

        await outbox.PublishAsync(new AdministratorAppointed(found.Id, firm.Id, interim, decision.Date));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
