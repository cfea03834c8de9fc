using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Seeding;

/// <summary>Seeds a new county with what every module gives a county, inside that county's scope (opened from the envelope).</summary>
public static class CountyCreatedHandler
{
    public static async Task Handle(CountyCreated message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        await CountySeeding.SeedAsync(scope.ServiceProvider, new CountyInfo(message.CountyId, message.DivisionCode, message.Name), cancellationToken);
    }
}
