using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets.Features.Files;

/// <summary>A case's estate: read; takeover; the register; inquiries; liftings; realization; the administrator's account; the distribution.</summary>
internal static class AssetFilesFeature
{
    public static void AddAssetFiles(this IServiceCollection services)
    {
        services.AddScoped<AssetFileReader>();
        services.AddScoped<Takeover.AddTakeoverItems>();
        services.AddScoped<Takeover.RecordTakeover>();
        services.AddScoped<Register.AddAsset>();
        services.AddScoped<Register.UpdateAsset>();
        services.AddScoped<Register.AddSeizure>();
        services.AddScoped<Register.ClaimRetrieval>();
        services.AddScoped<Register.DecideRetrieval>();
        services.AddScoped<Inquiries.SendInquiries>();
        services.AddScoped<Inquiries.AnswerInquiry>();
        services.AddScoped<Liftings.RequestLifting>();
        services.AddScoped<Liftings.LiftSeizure>();
        services.AddScoped<Realization.AdoptRealizationPlan>();
        services.AddScoped<Realization.PutUpForSale>();
        services.AddScoped<Realization.EndSale>();
        services.AddScoped<Account.RequestAccount>();
        services.AddScoped<Account.OpenAccount>();
        services.AddScoped<Account.AddEntry>();
        services.AddScoped<Account.BookEntry>();
        services.AddScoped<Account.ImportStatement>();
        services.AddScoped<Distribution.AddExpense>();
        services.AddScoped<Distribution.SetFeeScheme>();
        services.AddScoped<Distribution.RecordFeeStep>();
        services.AddScoped<Distribution.DraftDistributionPlan>();
        services.AddScoped<Distribution.RecordDistributionVote>();
        services.AddScoped<Distribution.ConfirmDistributionPlan>();
        services.AddScoped<Distribution.PayOut>();
        services.AddScoped<Distribution.DatedPlanStep>();
        services.AddScoped<Distribution.SettleReserve>();
        services.AddScoped<Distribution.ApplyToFund>();
        services.AddScoped<Distribution.DecideFund>();
    }

    /// <summary>Under <c>/assets/cases</c>.</summary>
    public static void MapAssetFiles(this IEndpointRouteBuilder cases)
    {
        Get.AssetFileEndpoints.Map(cases);
        Takeover.TakeoverEndpoints.Map(cases);
        Register.RegisterEndpoints.Map(cases);
        Inquiries.InquiryEndpoints.Map(cases);
        Liftings.LiftingEndpoints.Map(cases);
        Realization.RealizationEndpoints.Map(cases);
        Account.AccountEndpoints.Map(cases);
        Distribution.DistributionEndpoints.Map(cases);
    }
}
