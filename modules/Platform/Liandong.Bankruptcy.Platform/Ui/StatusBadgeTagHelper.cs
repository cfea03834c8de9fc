using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// A state as a coloured badge: <c>&lt;status-badge value="@item.Status"&gt;@T["ItemStatus." + item.Status]&lt;/status-badge&gt;</c>.
/// The colour follows the value's meaning (overdue and refused red, waiting amber, done green); <c>tone</c> overrides it.
/// The text is always there, so colour is never the only signal.
/// </summary>
[HtmlTargetElement("status-badge")]
public sealed class StatusBadgeTagHelper : TagHelper
{
    private static readonly Dictionary<string, string> Tones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Overdue"] = "danger", ["Returned"] = "danger", ["Rejected"] = "danger", ["Refused"] = "danger", ["Terminated"] = "secondary",
        ["Closed"] = "secondary", ["Cancelled"] = "secondary", ["Withdrawn"] = "secondary",
        ["Met"] = "success", ["Completed"] = "success", ["Confirmed"] = "success", ["Adopted"] = "success", ["Done"] = "success",
        ["Answered"] = "success", ["Published"] = "success", ["Accepted"] = "primary", ["Declared"] = "primary",
        ["Open"] = "warning", ["Pending"] = "warning", ["AwaitingConsent"] = "warning", ["ToSign"] = "warning", ["Assigned"] = "warning",
        ["PendingConsent"] = "warning", ["Declined"] = "danger", ["SignedFor"] = "info", ["Lapsed"] = "secondary", ["NotAccepted"] = "secondary",
        ["Realization"] = "info", ["Distribution"] = "info", ["ReorganizationRuled"] = "info", ["PlanSubmitted"] = "info",
        ["PlanExecution"] = "info", ["CompositionRuled"] = "info", ["CompositionExecution"] = "info", ["PlanCarriedOut"] = "success",
        ["InProgress"] = "info", ["Registered"] = "info", ["Reorganization"] = "info", ["Composition"] = "info",
    };

    public object? Value { get; set; }

    public string? Tone { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var tone = Tone ?? (Value is null ? null : Tones.GetValueOrDefault(Value.ToString()!)) ?? "light";
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"badge status text-bg-{tone}");
        if (Value is not null)
        {
            output.Attributes.SetAttribute("data-status", Value.ToString());
        }
    }
}
