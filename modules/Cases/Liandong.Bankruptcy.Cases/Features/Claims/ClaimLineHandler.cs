using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Features.Claims.Declare;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>Another module's claim line (<see cref="ClaimLineReported"/>), upserted by its source in its county's scope: never a second line.</summary>
public static class ClaimLineHandler
{
    public static async Task Handle(ClaimLineReported message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var declaration = new ClaimDeclaration(message.Creditor, ClaimKind.Other, Enum.Parse<PriorityClass>(message.PriorityClass),
            Enum.Parse<VotingClass>(message.VotingClass), message.Principal, message.Interest, message.Other, null, null, message.DeclaredOn,
            SocialInsurance: message.SocialInsurance, CreditorId: message.CreditorId);
        var review = message is { Review: { } status, ReviewedOn: { } on }
            ? new ReportedReview(Enum.Parse<ReviewStatus>(status), message.Confirmed, message.ReviewReason, on)
            : null;
        await scope.ServiceProvider.GetRequiredService<DeclareClaim>()
            .HandleAsync(message.CaseId, declaration, new ClaimSource(message.SourceModule, message.SourceId), cancellationToken, review);
    }
}
