using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>The claims register's use cases: declaration, the administrator's review, objections, the court's voting amount and confirmation, a secured claim's collateral realized.</summary>
internal static class ClaimsFeature
{
    public static void AddClaims(this IServiceCollection services)
    {
        services.AddScoped<ClaimReader>();
        services.AddScoped<Register.ClaimsRegister>();
        services.AddScoped<Declare.DeclareClaim>();
        services.AddScoped<Review.ReviewClaim>();
        services.AddScoped<RaiseObjection.RaiseClaimObjection>();
        services.AddScoped<SettleObjection.SettleClaimObjection>();
        services.AddScoped<VotingAmount.SetClaimVotingAmount>();
        services.AddScoped<Confirm.ConfirmClaim>();
        services.AddScoped<Collateral.RealizeCollateral>();
    }

    /// <summary>Under <c>/cases</c>.</summary>
    public static void MapClaims(this IEndpointRouteBuilder cases)
    {
        Register.ClaimsRegisterEndpoint.Map(cases);
        Declare.DeclareClaimEndpoint.Map(cases);
        Review.ReviewClaimEndpoint.Map(cases);
        RaiseObjection.RaiseClaimObjectionEndpoint.Map(cases);
        SettleObjection.SettleClaimObjectionEndpoint.Map(cases);
        VotingAmount.SetClaimVotingAmountEndpoint.Map(cases);
        Confirm.ConfirmClaimEndpoint.Map(cases);
        Collateral.RealizeCollateralEndpoint.Map(cases);
    }
}
