using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Liandong.Bankruptcy.Host.Pages;

/// <summary>
/// What a browser sees for a page that answers 403, 404, 429 or 500 (re-executed by the status-code pages; APIs keep
/// their problem details): what happened, what to do, and the request's correlation id for the administrator.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // a refused POST is re-executed here as a POST
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    public string CorrelationId { get; private set; } = "";

    // No parameters, so nothing is bound: a POST re-executed here may carry a form that cannot be read (a broken
    // multipart body), and binding would read it again and fail inside the error page itself.
    public void OnGet() => Show();

    public void OnPost() => Show();

    private void Show()
    {
        var status = int.Parse((string)RouteData.Values["status"]!, System.Globalization.CultureInfo.InvariantCulture);
        // Only as the re-execution of a failed request; asked for directly, the page says "not found" with its own status.
        Status = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null ? 404 : status;
        Response.StatusCode = Status;
        CorrelationId = Platform.Http.CorrelationId.Get(HttpContext);
    }
}
