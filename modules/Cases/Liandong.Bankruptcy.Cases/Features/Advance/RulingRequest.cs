using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

internal sealed record RulingRequest(string? Number, DateOnly? Date, string? Kind)
{
    /// <summary>A ruling or decision is required, with its number, date and kind.</summary>
    public static void Validate(ValidationErrors errors, string field, RulingRequest? ruling)
    {
        if (ruling is null)
        {
            errors.Add(field, "validation.required");
            return;
        }

        errors.RequiredText($"{field}.number", ruling.Number, 60);
        errors.RequiredText($"{field}.kind", ruling.Kind, 40);
        if (ruling.Date is null)
        {
            errors.Add($"{field}.date", "validation.required");
        }
    }
}
