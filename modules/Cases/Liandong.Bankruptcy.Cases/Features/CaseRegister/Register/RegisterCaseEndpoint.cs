using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister.Register;

internal static class RegisterCaseEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/", (RegisterCaseRequest request, RegisterCase handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => reader.GetAsync(id, ct), id => $"/api/cases/{id}"))
            .RequirePermission(CasesPermissions.Register)
            .WithIdempotency<BankruptcyCase>()
            .Describe("RegisterCase", "Register a bankruptcy case", "登记破产案件");
}
