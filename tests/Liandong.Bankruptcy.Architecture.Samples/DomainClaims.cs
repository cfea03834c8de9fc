using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Architecture.Samples.Domain.Claims;

/// <summary>A domain type one namespace below <c>.Domain</c> that depends on ASP.NET Core: forbidden there too.</summary>
public sealed class KnowsHttpToo(HttpContext context)
{
    public string Method => context.Request.Method;
}
