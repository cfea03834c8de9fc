using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>How a chart draws its series.</summary>
public enum ChartKind
{
    Bar,
    StackedBar,
    Line,
    Pie,
}

/// <summary>One series of a chart: a value per category (null where there is none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// A chart and its data: drawn by Apache ECharts (<c>site.js</c>), with the same numbers as a table beside it for
/// screen readers and print. <paramref name="CategoryHeading"/> heads the table's first column.
/// </summary>
public sealed record Chart(string Id, string Title, ChartKind Kind, string CategoryHeading, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, string? Unit = null)
{
    /// <summary>Whether there is anything to draw (a zero is a figure; a missing value is not).</summary>
    public bool IsEmpty => Categories.Count == 0 || Series.All(s => s.Values.All(v => v is null));
}

/// <summary>
/// <c>&lt;chart model="Model.Chart" /&gt;</c>: a figure with the chart on the left and its table on the right (<c>compact</c>:
/// the table under it; stacked on a phone; both in print). An empty chart says so instead. Every figure on the platform is
/// drawn this way.
/// </summary>
[HtmlTargetElement("chart", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChartTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Localization.Messages> localizer) : TagHelper
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Chart? Model { get; set; }

    /// <summary>In a narrow column (two charts side by side): the table under the chart instead of beside it.</summary>
    public bool Compact { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Model is not { } chart)
        {
            output.SuppressOutput();
            return;
        }

        var e = HtmlEncoder.Default;
        output.TagName = "figure";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "chart-figure");
        output.Attributes.SetAttribute("id", chart.Id);
        if (chart.IsEmpty)
        {
            output.Content.SetHtmlContent($"<figcaption>{e.Encode(chart.Title)}</figcaption><p class=\"text-body-secondary\">{e.Encode(localizer["ui.no_data"])}</p>");
            return;
        }

        var data = JsonSerializer.Serialize(new
        {
            kind = chart.Kind.ToString(), categories = chart.Categories, unit = chart.Unit,
            series = chart.Series.Select(s => new { name = s.Name, values = s.Values }),
        }, Json);
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"<table class=\"table table-sm chart-table\"><caption class=\"visually-hidden\">{e.Encode(chart.Title)}</caption><thead><tr><th scope=\"col\">{e.Encode(chart.CategoryHeading)}</th>");
        foreach (var series in chart.Series)
        {
            table.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\" class=\"text-end\">{e.Encode(series.Name)}</th>");
        }

        table.Append("</tr></thead><tbody>");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            table.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{e.Encode(chart.Categories[i])}</th>");
            foreach (var series in chart.Series)
            {
                var value = i < series.Values.Count ? series.Values[i] : null;
                table.Append(CultureInfo.InvariantCulture, $"<td class=\"text-end\">{(value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) + chart.Unit : "—")}</td>");
            }

            table.Append("</tr>");
        }

        table.Append("</tbody></table>");
        output.Content.SetHtmlContent(
            $"<figcaption>{e.Encode(chart.Title)}</figcaption><div class=\"row g-3\">" +
            $"<div class=\"{(Compact ? "col-12" : "col-lg-7")}\"><div class=\"chart\" data-chart=\"{e.Encode(data)}\" role=\"img\" aria-label=\"{e.Encode(chart.Title)}\"></div></div>" +
            $"<div class=\"{(Compact ? "col-12" : "col-lg-5")} chart-data\">{table}</div></div>");
    }
}
