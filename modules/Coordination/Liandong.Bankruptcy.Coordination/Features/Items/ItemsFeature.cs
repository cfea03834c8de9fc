using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>The items' use cases: each a folder with its handler (request, validation, work) and its endpoint.</summary>
internal static class ItemsFeature
{
    public static void AddItems(this IServiceCollection services)
    {
        services.AddScoped<ItemReader>();
        services.AddScoped<Inbox.UnitInbox>();
        services.AddScoped<List.ItemList>();
        services.AddScoped<Raise.RaiseItem>();
        services.AddScoped<Consent.ConsentToItem>();
        services.AddScoped<SignFor.SignForItem>();
        services.AddScoped<Start.StartItem>();
        services.AddScoped<Complete.CompleteItem>();
        services.AddScoped<Return.ReturnItem>();
        services.AddScoped<Reassign.ReassignItem>();
        services.AddScoped<Comment.CommentOnItem>();
        services.AddScoped<Attach.AttachToItem>();
    }

    public static void MapItems(this IEndpointRouteBuilder coordination)
    {
        Inbox.UnitInboxEndpoint.Map(coordination);
        List.ItemListEndpoint.Map(coordination);
        Get.GetItemEndpoint.Map(coordination);
        Raise.RaiseItemEndpoint.Map(coordination);
        Consent.ConsentToItemEndpoint.Map(coordination);
        SignFor.SignForItemEndpoint.Map(coordination);
        Start.StartItemEndpoint.Map(coordination);
        Complete.CompleteItemEndpoint.Map(coordination);
        Return.ReturnItemEndpoint.Map(coordination);
        Reassign.ReassignItemEndpoint.Map(coordination);
        Comment.CommentOnItemEndpoint.Map(coordination);
        Attach.AttachToItemEndpoint.Map(coordination);
        Download.DownloadAttachmentEndpoint.Map(coordination);
    }
}
