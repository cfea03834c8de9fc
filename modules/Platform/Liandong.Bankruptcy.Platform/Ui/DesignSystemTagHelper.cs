using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// The design system's defaults on plain elements, so every module's page looks the same without repeating classes:
/// a table without a class is a compact Bootstrap table that turns into cards on a phone; an input, select or textarea
/// without a class is a Bootstrap control; a button without a class is the primary button; a date input is a
/// <c>yyyy-MM-dd</c> text field (the format of Chinese official documents, whatever the browser's locale) whose
/// picker button <c>site.js</c> adds. An element with a class of its own is left alone.
/// </summary>
[HtmlTargetElement("table")]
[HtmlTargetElement("input")]
[HtmlTargetElement("select")]
[HtmlTargetElement("textarea")]
[HtmlTargetElement("button")]
public sealed class DesignSystemTagHelper : TagHelper
{
    /// <summary>The pattern of a date field, mirrored by the server's <c>DateOnly</c> binding.</summary>
    public const string DatePattern = @"\d{4}-\d{2}-\d{2}";

    // After ASP.NET's own helpers (InputTagHelper sets the type of an asp-for input at -1000).
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var type = output.Attributes["type"]?.Value?.ToString() ?? "";
        if (output.TagName == "input" && type == "date")
        {
            output.Attributes.SetAttribute("type", "text");
            output.Attributes.SetAttribute("inputmode", "numeric");
            output.Attributes.SetAttribute("pattern", DatePattern);
            output.Attributes.SetAttribute("maxlength", "10");
            output.Attributes.SetAttribute("data-date", "");
            if (!output.Attributes.ContainsName("placeholder"))
            {
                output.Attributes.SetAttribute("placeholder", "yyyy-mm-dd");
            }
        }

        if (output.Attributes.ContainsName("class"))
        {
            return;
        }

        var css = output.TagName switch
        {
            "table" => "table table-sm table-hover align-middle table-cards",
            "select" => "form-select",
            "textarea" => "form-control",
            "button" => "btn btn-primary",
            "input" => type switch
            {
                "hidden" or "submit" or "image" => null,
                "checkbox" or "radio" => "form-check-input",
                _ => "form-control",
            },
            _ => null,
        };
        if (css is not null)
        {
            output.Attributes.SetAttribute("class", css);
        }
    }
}
