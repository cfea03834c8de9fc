using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Simplified;

/// <summary>Whether a bankruptcy case bars the debtor from simplified deregistration, and which.</summary>
internal sealed record SimplifiedDeregistrationCheck(string Uscc, bool Barred, IReadOnlyList<string> Cases);

/// <summary>
/// Before a simplified deregistration (registration regulation art. 33: debtors with no debts, or debts paid), market
/// regulation checks the debtor: a county case in which it is bankrupt (in its procedure, or terminated and not yet
/// deregistered) bars the simplified route — such a debtor is deregistered on the administrator's application (art. 34).
/// </summary>
internal static class SimplifiedDeregistrationEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/simplified-deregistration/{uscc}", async (string uscc, RegistrationFileReader reader, CancellationToken ct) =>
            {
                var code = uscc.Trim().ToUpperInvariant();
                if (!Uscc.IsWellFormed(code))
                {
                    var errors = new ValidationErrors();
                    errors.Add("uscc", "deregistration.uscc");
                    throw new ValidationException(errors);
                }

                var cases = await reader.BankruptCasesOfAsync(code, ct);
                return TypedResults.Ok(new SimplifiedDeregistrationCheck(code, cases.Count > 0, cases));
            })
            .RequirePermission(DeregistrationPermissions.Register)
            .Describe("CheckSimplifiedDeregistration", "Whether a bankruptcy case bars the debtor from simplified deregistration", "核查债务人是否因破产案件不得适用简易注销");
}
