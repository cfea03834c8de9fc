using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Liandong.Bankruptcy.Platform.Ui;

/// <summary>
/// What a form says back: a toast after a change went through (<see cref="DoneKey"/> in TempData, set by
/// <c>FormPage</c>), and a refusal's field errors as JSON, which <c>site.js</c> puts beside the fields of the form
/// that was sent (the layout renders both).
/// </summary>
public static class FormFeedback
{
    public const string DoneKey = "ui.done";

    public static string FieldErrorsJson(ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var errors = state.Where(e => e.Key.Length > 0 && e.Value?.Errors.Count > 0)
            .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
        return JsonSerializer.Serialize(errors); // the default encoder escapes <, > and &: safe inside <script>
    }
}
