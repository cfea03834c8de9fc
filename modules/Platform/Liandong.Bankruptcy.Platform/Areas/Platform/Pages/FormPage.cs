using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages;

/// <summary>
/// A page of several forms, each needing its own permission: a handler checks it (403 without), validates the request,
/// runs the same code as the API and goes back to the page; a refusal shows the page again with the localized errors.
/// </summary>
public abstract class FormPage : PageModel
{
    /// <summary>The permission the page's forms need; null when the page has no forms beyond its reading.</summary>
    protected virtual string? ManagePermission => null;

    /// <summary>
    /// Whether the user may submit the page's forms: a form shows only to those who may (a user who may only read the
    /// page, such as the city supervisor, sees no form it would be refused); each handler still checks its own permission.
    /// </summary>
    public bool CanManage { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        CanManage = ManagePermission is { } permission && await MayAsync(permission, HttpContext.RequestAborted);
        await next();
    }

    /// <summary>Checks <paramref name="permission"/>, validates, runs <paramref name="change"/> and comes back to this page.</summary>
    protected Task<IActionResult> SubmitAsync(string permission, IValidatable? request, Func<Task> change, Func<Task> reload, CancellationToken cancellationToken) =>
        SubmitThenGoAsync(permission, request, async () =>
        {
            await change();
            return Request.Path;
        }, reload, cancellationToken);

    /// <summary>As <see cref="SubmitAsync"/>, then goes where <paramref name="change"/> says (the page of what it created).</summary>
    protected async Task<IActionResult> SubmitThenGoAsync(
        string permission, IValidatable? request, Func<Task<string>> change, Func<Task> reload, CancellationToken cancellationToken)
    {
        if (!await HttpContext.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(User, permission, cancellationToken))
        {
            return Forbid();
        }

        var localizer = ModuleMessages.For(HttpContext);
        string? next = null;
        if ((request is null || PageErrors.Validate(request, ModelState, localizer)) && await PageErrors.TryAsync(async () => next = await change(), ModelState, localizer))
        {
            TempData[Ui.FormFeedback.DoneKey] = localizer["ui.saved"].Value;
            return Redirect(next!);
        }

        await reload();
        return Page();
    }

    protected ValueTask<bool> MayAsync(string permission, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(User, permission, cancellationToken);
}
