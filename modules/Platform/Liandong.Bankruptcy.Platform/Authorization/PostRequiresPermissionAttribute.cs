using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>
/// A page whose POST handlers need more than its GET (viewing roles versus changing them): POSTs are refused with 403
/// unless the user holds <see cref="Permission"/>. The permission harness reads it from the page's metadata.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostRequiresPermissionAttribute(string permission) : Attribute, IAsyncPageFilter
{
    public string Permission { get; } = permission;

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsPost(http.Request.Method) &&
            !await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(http.User, Permission, http.RequestAborted))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        await next();
    }
}
