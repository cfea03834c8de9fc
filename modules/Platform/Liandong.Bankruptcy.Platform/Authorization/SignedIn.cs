using Microsoft.AspNetCore.Builder;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>
/// Marks an endpoint that needs a signed-in user but no particular permission (the user's own profile, the county
/// switcher). The permission harness accepts this mark, a permission, or an explicit anonymous mark, nothing else.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignedInOnlyAttribute : Attribute;

public static class SignedIn
{
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization().WithMetadata(new SignedInOnlyAttribute());
}
