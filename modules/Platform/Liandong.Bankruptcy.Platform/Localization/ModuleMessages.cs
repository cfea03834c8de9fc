using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Localization;

/// <summary>A message by code in the request's language, from Platform's resources or any module's (errors, navigation); dates as yyyy-MM-dd.</summary>
public static class ModuleMessages
{
    public static string Localize(HttpContext context, string code, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        args = Arguments(args);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<Messages>>()[code, args];
        if (!text.ResourceNotFound)
        {
            return text.Value;
        }

        var factory = context.RequestServices.GetRequiredService<IStringLocalizerFactory>();
        foreach (var module in context.RequestServices.GetRequiredService<Hosting.ModuleCatalog>().Modules)
        {
            if (module.Messages is { } resource && factory.Create(resource)[code, args] is { ResourceNotFound: false } found)
            {
                return found.Value;
            }
        }

        return code;
    }

    /// <summary>A message's arguments as every message shows them: dates as yyyy-MM-dd (as written in rulings' registers), whatever the culture.</summary>
    public static object[] Arguments(IEnumerable<object> args) =>
        [.. args.Select(a => a is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : a)];

    /// <summary>The same lookup as a localizer, for helpers that take one (a module's page showing platform validation codes).</summary>
    public static IStringLocalizer For(HttpContext context) => new Localizer(context);

    private sealed class Localizer(HttpContext context) : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, Localize(context, name));

        public LocalizedString this[string name, params object[] arguments] => new(name, Localize(context, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
