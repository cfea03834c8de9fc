using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// A document as a government office files it (GB/T 9704-2012 党政机关公文格式): the red mark (发文机关标志) and the
/// 发文字号 above a red line; the title; 主送机关; the text; 成文日期; then the 版记: 抄送 and the 印发 line
/// (印发机关 and 印发日期) between lines. A 纪要 (§10.3) carries its mark as "…纪要" and names no 署名.
/// </summary>
public sealed record OfficialDocument(
    string Mark, string? Number, string Title, string? MainRecipients, IReadOnlyList<DocBlock> Body, DateOnly WrittenOn,
    string? CopyTo, string PrintedBy, DateOnly PrintedOn)
{
    /// <summary>Dates as GB/T 9704 writes them: 2026年12月4日 (Arabic numerals, no leading zeros).</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    /// <summary>The 印发 line: the printing office on the left, "2026年12月4日印发" on the right.</summary>
    public string PrintedLine => $"{PrintedBy}　　{Date(PrintedOn)}印发";
}

/// <summary>Writes an <see cref="OfficialDocument"/> as .docx: A4, the standard's margins, fonts and sizes, page numbers "— 1 —".</summary>
public static class OfficialDocuments
{
    // Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt; the mark in 小初-like 26pt red.
    private const int MarkSize = 52;
    private const int TitleSize = 44;
    private const int TextSize = 32;
    private const int NoteSize = 28;
    private const string Red = "FF0000";
    private const string Song = "方正小标宋简体";
    private const string FangSong = "仿宋_GB2312";
    private const string Hei = "黑体";

    public static byte[] Docx(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var body = new Body();
            body.Append(Line(document.Mark, Song, MarkSize, JustificationValues.Center, color: Red));
            body.Append(Line(document.Number ?? "", FangSong, TextSize, JustificationValues.Center, bottomRule: Red));
            body.Append(Line(document.Title, Song, TitleSize, JustificationValues.Center, spaceBefore: 480));
            if (document.MainRecipients is { } recipients)
            {
                body.Append(Line(recipients + "：", FangSong, TextSize, JustificationValues.Left));
            }

            foreach (var block in document.Body)
            {
                switch (block)
                {
                    case DocBlock.Heading h:
                        body.Append(Line(h.Text, Hei, TextSize, JustificationValues.Left, firstLineIndent: 640));
                        break;
                    case DocBlock.Paragraph p:
                        body.Append(Line(p.Text, FangSong, TextSize, JustificationValues.Both, firstLineIndent: 640));
                        break;
                    case DocBlock.Table t:
                        body.Append(Grid(t.Rows));
                        break;
                }
            }

            body.Append(Line(OfficialDocument.Date(document.WrittenOn), FangSong, TextSize, JustificationValues.Right, spaceBefore: 480, rightIndent: 1280));
            // 版记: 抄送 between a thin line above and the 印发 line, the last with lines above and below.
            body.Append(Line(document.CopyTo is { } copyTo ? $"抄送：{copyTo}。" : "", FangSong, NoteSize, JustificationValues.Left,
                spaceBefore: 960, topRule: "000000", leftIndent: 280, rightIndent: 280));
            body.Append(Line(document.PrintedLine, FangSong, NoteSize, JustificationValues.Left, topRule: "000000", bottomRule: "000000", leftIndent: 280));
            body.Append(Section(main));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Line(string text, string font, int size, JustificationValues justification, string? color = null,
        string? topRule = null, string? bottomRule = null, int spaceBefore = 0, int firstLineIndent = 0, int leftIndent = 0, int rightIndent = 0)
    {
        var run = new RunProperties(new RunFonts { EastAsia = font, Ascii = font, HighAnsi = font }, new FontSize { Val = Size(size) });
        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        var properties = new ParagraphProperties();
        if (topRule is not null || bottomRule is not null)
        {
            var borders = new ParagraphBorders();
            if (topRule is not null)
            {
                borders.Append(new TopBorder { Val = BorderValues.Single, Size = 8, Color = topRule, Space = 1 });
            }

            if (bottomRule is not null)
            {
                borders.Append(new BottomBorder { Val = BorderValues.Single, Size = 12, Color = bottomRule, Space = 4 });
            }

            properties.Append(borders);
        }

        properties.Append(new SpacingBetweenLines { Before = Size(spaceBefore), Line = "560", LineRule = LineSpacingRuleValues.Exact });
        properties.Append(new Indentation { FirstLine = Size(firstLineIndent), Left = Size(leftIndent), Right = Size(rightIndent) });
        properties.Append(new Justification { Val = justification });
        return new Paragraph(properties, new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Grid(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Line(cell, index == 0 ? Hei : FangSong, NoteSize, JustificationValues.Left)))));
        }

        return table;
    }

    /// <summary>A4; 天头 37 mm, 订口 28 mm (版心 156 × 225 mm); the page number "— 1 —" in 四号 at the foot.</summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        var run = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "宋体", HighAnsi = "宋体" }, new FontSize { Val = Size(NoteSize) });
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run((RunProperties)run.CloneNode(true), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run((RunProperties)run.CloneNode(true), new Text("1"))) { Instruction = " PAGE " },
            new Run((RunProperties)run.CloneNode(true), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        footer.Footer.Save();
        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 });
    }

    private static string Size(int value) => value.ToString(CultureInfo.InvariantCulture);
}
