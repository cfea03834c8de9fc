using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// The row of an empty table, naming the next action: <c>&lt;empty-row columns="5" action-href="/cases/register"
/// action-text="登记案件"&gt;还没有案件。&lt;/empty-row&gt;</c>.
/// </summary>
[HtmlTargetElement("empty-row")]
public sealed class EmptyRowTagHelper : TagHelper
{
    public int Columns { get; set; } = 1;

    public string? ActionHref { get; set; }

    public string? ActionText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "tr";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "empty");
        var action = ActionHref is null || ActionText is null
            ? ""
            : $" <a href=\"{HtmlEncoder.Default.Encode(ActionHref)}\">{HtmlEncoder.Default.Encode(ActionText)}</a>";
        output.Content.SetHtmlContent($"<td colspan=\"{Columns}\" class=\"text-center text-body-secondary py-3\">{text}{action}</td>");
    }
}
