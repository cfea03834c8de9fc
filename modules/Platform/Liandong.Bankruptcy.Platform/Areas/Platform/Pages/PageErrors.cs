using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages;

/// <summary>The API's refusals, shown on a page: the same codes, localized, next to the form.</summary>
public static class PageErrors
{
    public static bool Validate(IValidatable request, ModelStateDictionary state, IStringLocalizer localizer)
    {
        var errors = new ValidationErrors();
        RequestShape.Validate(request, errors);
        foreach (var (field, codes) in errors.Codes())
        {
            foreach (var code in codes)
            {
                state.AddModelError(field, localizer[code]);
            }
        }

        return errors.IsEmpty;
    }

    public static async Task<bool> TryAsync(Func<Task> action, ModelStateDictionary state, IStringLocalizer localizer)
    {
        try
        {
            await action();
            return true;
        }
        catch (BusinessException e)
        {
            state.AddModelError("", localizer[e.Code, Localization.ModuleMessages.Arguments(e.Args)]);
        }
        catch (ValidationException e)
        {
            foreach (var (field, codes) in e.Errors.Codes())
            {
                state.AddModelError(field, RowOf(field, localizer) + string.Join(" ", codes.Select(c => localizer[c].Value)));
            }
        }

        return false;
    }

    /// <summary>A spreadsheet's row named in the message (<c>rows[n].field</c>, the imports' convention): the page shows no field keys.</summary>
    private static string RowOf(string field, IStringLocalizer localizer) =>
        System.Text.RegularExpressions.Regex.Match(field, @"^rows\[(\d+)\]") is { Success: true } row ? localizer["ui.sheet_row", row.Groups[1].Value].Value : "";
}
