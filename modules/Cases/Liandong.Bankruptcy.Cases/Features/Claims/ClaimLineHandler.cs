using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Features.Claims.Declare;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>
/// Another module's claim line (<see cref="ClaimLineReported"/>), upserted by its source in its county's scope: never a
/// second line. Two reports of one new line handled at once both insert it: the second fails on the unique source key
/// and is run again, now updating the line — unless the line holds a newer report (<c>ReportedAt</c>), which stays.
/// </summary>
public static class ClaimLineHandler
{
    public static async Task Handle(ClaimLineReported message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ApplyAsync(message, scopes, cancellationToken);
                return;
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (attempt < 5 &&
                (e is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException || e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }))
            {
                // Another report of the same line was saved first: read it again.
            }
        }
    }

    private static async Task ApplyAsync(ClaimLineReported message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var declaration = new ClaimDeclaration(message.Creditor, ClaimKind.Other, Enum.Parse<PriorityClass>(message.PriorityClass),
            Enum.Parse<VotingClass>(message.VotingClass), message.Principal, message.Interest, message.Other, null, null, message.DeclaredOn,
            SocialInsurance: message.SocialInsurance, CreditorId: message.CreditorId);
        var review = message is { Review: { } status, ReviewedOn: { } on }
            ? new ReportedReview(Enum.Parse<ReviewStatus>(status), message.Confirmed, message.ReviewReason, on)
            : null;
        await scope.ServiceProvider.GetRequiredService<DeclareClaim>()
            .HandleAsync(message.CaseId, declaration, new ClaimSource(message.SourceModule, message.SourceId), cancellationToken, review, message.ReportedAt);
    }
}
