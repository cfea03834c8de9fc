using Liandong.Bankruptcy.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Claims.Register;

/// <summary>A total of the register: declared, and counted (confirmed so far), with the number of lines.</summary>
internal sealed record TotalDto(string Class, decimal Declared, decimal Counted, int Lines);

internal sealed record RegisterDto(IReadOnlyList<ClaimDto> Items, IReadOnlyList<TotalDto> ByPriority, IReadOnlyList<TotalDto> ByVotingClass);

/// <summary>The case's register in line order, with its totals per priority class and per voting class; 404 when the county (or the firm) has no such case.</summary>
internal sealed class ClaimsRegister(CasesDbContext db)
{
    public async Task<RegisterDto> ReadAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        var lines = await db.Claims.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        return new RegisterDto(
            [.. lines.Select(ClaimDto.From)],
            [.. lines.SelectMany(c => c.Parts()).GroupBy(p => p.Priority).OrderBy(g => g.Key)
                .Select(g => new TotalDto(g.Key.ToString(), g.Sum(p => p.Declared), g.Sum(p => p.Counted), g.Sum(p => p.Lines)))], // art. 110: a shortfall is ordinary
            [.. lines.GroupBy(c => c.VotingClass).OrderBy(g => g.Key).Select(g => new TotalDto(g.Key.ToString(), g.Sum(c => c.Declared), g.Sum(c => c.Counted), g.Count()))]);
    }
}
