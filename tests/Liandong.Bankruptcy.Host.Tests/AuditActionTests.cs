using System.Reflection;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>The audit log says in words what every form did: each page's POST handler resolves to an action with words.</summary>
public sealed class AuditActionTests(LiandongHostFixture host)
{
    [Fact]
    public void Every_form_of_every_page_is_audited_as_an_action_with_words()
    {
        var actions = host.Services.GetRequiredService<AuditActions>();
        var assemblies = host.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.GetType().Assembly)
            .Append(typeof(Program).Assembly).Distinct();
        var handlers = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsSubclassOf(typeof(PageModel)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
            .Where(m => m.DeclaringType!.Name != "ErrorModel") // the error page re-renders a failed request: that request's action stays
            .ToList();
        handlers.Count.ShouldBeGreaterThan(50);

        var wordless = handlers
            .Where(m => actions.OperationOf(m) is not { } operation || !actions.IsKnown(operation) || actions.Words(operation) == operation)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name} → {actions.OperationOf(m) ?? "(none)"}").ToList();

        wordless.ShouldBeEmpty();
        actions.OperationOf(typeof(Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages.ItemModel).GetMethod("OnPostCompleteAsync")!).ShouldBe("CompleteItem");
    }
}
