using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Settings.Update;

internal sealed record CaseSettingsRequest(int? FastTrackMonths, int? LongPendingMonths) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (FastTrackMonths is not (>= 1 and <= 12))
        {
            errors.Add("fastTrackMonths", "validation.range", 1, 12);
        }

        if (LongPendingMonths is not (>= 6 and <= 60))
        {
            errors.Add("longPendingMonths", "validation.range", 6, 60);
        }
    }
}

/// <summary>Changes the county's case settings (the first change stores them, from version 0).</summary>
internal sealed class UpdateCaseSettings(CasesDbContext db)
{
    public async Task HandleAsync(uint expected, CaseSettingsRequest request, CancellationToken cancellationToken)
    {
        var current = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), expected, () => new CaseSettings());
        current.Update(request.FastTrackMonths!.Value, request.LongPendingMonths!.Value);
        await db.SaveChangesAsync(cancellationToken);
    }
}
