using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features;

/// <summary>The narrow read other modules use (<see cref="ITaxQueries"/>); the county filter and row-level security apply.</summary>
internal sealed class TaxQueries(TaxDbContext db) : ITaxQueries
{
    public async Task<IReadOnlyList<PersonalAccountArrears>> PersonalAccountArrearsAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Lines.AsNoTracking()
            .Where(l => l.CaseId == caseId && l.Kind == TaxLineKind.SocialInsurance && l.PersonalAccount > 0)
            .OrderBy(l => l.Number)
            .Select(l => new PersonalAccountArrears(l.Id, l.TaxType, l.PeriodFrom, l.PeriodTo, l.PersonalAccount, l.ConfirmedPersonalAccount))
            .ToListAsync(cancellationToken);

    public async Task<TaxStatusInfo?> StatusAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new TaxStatusInfo(c.Id, c.ClearanceNumber, c.ClearanceIssuedOn, c.AbnormalSince != null && c.AbnormalLiftedOn == null,
                c.CreditRepair.ToString(), c.CreditRepair == CreditRepairStatus.Repaired ? c.CreditDecidedOn : null))
            .SingleOrDefaultAsync(cancellationToken);
}
