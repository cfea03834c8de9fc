using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>A case's tax file: read; the bureau's steps (declare, lift preservation and the abnormal status, clearance, credit decision); the administrator's (review, returns filed, post-acceptance taxes, credit request).</summary>
internal static class TaxCasesFeature
{
    public static void AddTaxCases(this IServiceCollection services)
    {
        services.AddScoped<TaxCaseReader>();
        services.AddScoped<Declare.DeclareTaxClaims>();
        services.AddScoped<Review.ReviewTaxClaims>();
        services.AddScoped<LiftPreservation.LiftPreservation>();
        services.AddScoped<MarkAbnormal.MarkAbnormalTaxpayer>();
        services.AddScoped<FileReturns.ReportReturnsFiled>();
        services.AddScoped<LiftAbnormal.LiftAbnormalStatus>();
        services.AddScoped<BookTax.BookPostAcceptanceTax>();
        services.AddScoped<Clearance.IssueClearance>();
        services.AddScoped<RequestCreditRepair.RequestTaxCreditRepair>();
        services.AddScoped<DecideCreditRepair.DecideTaxCreditRepair>();
    }

    /// <summary>Under <c>/tax/cases</c>.</summary>
    public static void MapTaxCases(this IEndpointRouteBuilder cases)
    {
        Get.TaxCaseEndpoints.Map(cases);
        Declare.DeclareTaxClaimsEndpoint.Map(cases);
        Declare.DeclareFromSpreadsheetEndpoint.Map(cases);
        Review.ReviewTaxClaimsEndpoint.Map(cases);
        LiftPreservation.LiftPreservationEndpoint.Map(cases);
        MarkAbnormal.MarkAbnormalTaxpayerEndpoint.Map(cases);
        FileReturns.ReportReturnsFiledEndpoint.Map(cases);
        LiftAbnormal.LiftAbnormalStatusEndpoint.Map(cases);
        BookTax.BookPostAcceptanceTaxEndpoint.Map(cases);
        Clearance.IssueClearanceEndpoint.Map(cases);
        RequestCreditRepair.RequestTaxCreditRepairEndpoint.Map(cases);
        DecideCreditRepair.DecideTaxCreditRepairEndpoint.Map(cases);
    }
}
