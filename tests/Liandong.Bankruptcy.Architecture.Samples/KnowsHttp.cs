using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Architecture.Samples.Domain;

/// <summary>A domain type that depends on ASP.NET Core: forbidden (domain types know nothing of HTTP).</summary>
public sealed class KnowsHttp(HttpContext context)
{
    public string Path => context.Request.Path;
}
