using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// A page's header: the breadcrumb (工作台 › the parent › this page), the heading, and the page's primary actions (the
/// element's content) on the right. <c>&lt;page-header title="…" parent="破产案件" parent-href="/cases"&gt;…actions…&lt;/page-header&gt;</c>.
/// </summary>
[HtmlTargetElement("page-header")]
public sealed class PageHeaderTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Localization.Messages> localizer) : TagHelper
{
    public string Title { get; set; } = "";

    public string? Parent { get; set; }

    public string? ParentHref { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var encoder = HtmlEncoder.Default;
        var actions = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "page-header");
        var crumbs = $"<li class=\"breadcrumb-item\"><a href=\"/\">{encoder.Encode(localizer["nav.home"])}</a></li>";
        if (Parent is not null)
        {
            crumbs += ParentHref is null
                ? $"<li class=\"breadcrumb-item\">{encoder.Encode(Parent)}</li>"
                : $"<li class=\"breadcrumb-item\"><a href=\"{encoder.Encode(ParentHref)}\">{encoder.Encode(Parent)}</a></li>";
        }

        crumbs += $"<li class=\"breadcrumb-item active\" aria-current=\"page\">{encoder.Encode(Title)}</li>";
        output.Content.SetHtmlContent(
            $"<nav aria-label=\"{encoder.Encode(localizer["shell.breadcrumb"])}\"><ol class=\"breadcrumb\">{crumbs}</ol></nav>" +
            $"<div class=\"page-title\"><h1>{encoder.Encode(Title)}</h1>" +
            (string.IsNullOrWhiteSpace(actions) ? "" : $"<div class=\"page-actions\">{actions}</div>") + "</div>");
    }
}
