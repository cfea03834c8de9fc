using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// The pages of a keyset list (<c>ListResponse</c>): a link to the first page when the request is past it, and to the
/// next page when there is one, each keeping the request's other query values. <c>&lt;pager next-cursor="@Model.Page.NextCursor" /&gt;</c>.
/// Renders nothing on a single page.
/// </summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Localization.Messages> localizer) : TagHelper
{
    public string? NextCursor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var request = ViewContext.HttpContext.Request;
        var others = request.Query.Where(q => q.Key != "cursor").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))).ToList();
        var links = "";
        if (request.Query.ContainsKey("cursor"))
        {
            links += Link(request.Path + QueryString.Create(others), localizer["ui.first_page"]);
        }

        if (NextCursor is not null)
        {
            links += Link(request.Path + QueryString.Create([.. others, new("cursor", NextCursor)]), localizer["ui.next_page"]);
        }

        if (links.Length == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", localizer["ui.pages"].Value);
        output.Content.SetHtmlContent(links);
    }

    private static string Link(string href, string text) =>
        $"<a class=\"btn btn-outline-secondary btn-sm\" href=\"{HtmlEncoder.Default.Encode(href)}\">{HtmlEncoder.Default.Encode(text)}</a> ";
}
