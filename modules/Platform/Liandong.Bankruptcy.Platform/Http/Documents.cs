using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>A block of a Word document: a heading, a paragraph, or a table (its first row the header).</summary>
public abstract record DocBlock
{
    public sealed record Heading(string Text) : DocBlock;

    public sealed record Paragraph(string Text) : DocBlock;

    public sealed record Table(IReadOnlyList<IReadOnlyList<string>> Rows) : DocBlock;
}

/// <summary>Word exports (.docx, Open XML SDK): a title, then headings, paragraphs and tables, in 仿宋-style plain text.</summary>
public static class Documents
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Docx(string title, IEnumerable<DocBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(Para(title, bold: true, size: 32, center: true));
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case DocBlock.Heading h:
                        body.Append(Para(h.Text, bold: true, size: 28));
                        break;
                    case DocBlock.Paragraph p:
                        body.Append(Para(p.Text));
                        break;
                    case DocBlock.Table t:
                        body.Append(Grid(t.Rows));
                        break;
                }
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static FileContentHttpResult DocxResult(string title, IEnumerable<DocBlock> blocks, string fileName) =>
        TypedResults.File(Docx(title, blocks), ContentType, fileName);

    private static DocumentFormat.OpenXml.Wordprocessing.Paragraph Para(string text, bool bold = false, int size = 24, bool center = false)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "仿宋", Ascii = "仿宋", HighAnsi = "仿宋" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.Append(new Bold());
        }

        var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Grid(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(Para(cell, bold: index == 0)))));
        }

        return table;
    }
}
