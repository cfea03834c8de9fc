using Liandong.Bankruptcy.Deregistration.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Deregistration.Features.Files;

/// <summary>What several steps share: the completion a last closing step publishes.</summary>
internal static class FileSteps
{
    /// <summary>A date as refusals show it (yyyy-MM-dd), or empty.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Publishes <see cref="DeregistrationCompleted"/> with the save when the step was the last.</summary>
    public static async Task CompleteIfLastAsync<T>(this IDbContextOutbox<T> outbox, RegistrationFile file, DeregistrationOutcome outcome)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        if (outcome == DeregistrationOutcome.Completed)
        {
            await outbox.PublishAsync(new DeregistrationCompleted(file.Id, file.TerminatedOn!.Value, file.CompletedOn!.Value));
        }
    }
}
