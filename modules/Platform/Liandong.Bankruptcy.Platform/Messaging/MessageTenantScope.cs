using Liandong.Bankruptcy.Platform.Tenancy;
using Wolverine;

namespace Liandong.Bankruptcy.Platform.Messaging;

/// <summary>
/// Wolverine middleware on every handler: opens the tenant scope of the envelope's county before the handler (and its
/// queries and saves) run. A message without a county fails loudly instead of running with no scope or a wrong one.
/// </summary>
public static class MessageTenantScope
{
    public static Scope Before(Envelope envelope, ICurrentTenant currentTenant)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(currentTenant);
        if (!Guid.TryParse(envelope.TenantId, out var tenant))
        {
            throw new InvalidOperationException(
                $"{envelope.MessageType} ({envelope.Id}) carries no county: every message is handled inside the county it was sent from.");
        }

        return new Scope(currentTenant.Change(tenant));
    }

    public static void Finally(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        scope.Dispose();
    }

    /// <summary>The open scope, closed in the handler's finally block.</summary>
    public sealed class Scope(IDisposable inner) : IDisposable
    {
        private IDisposable? _inner = inner;

        public void Dispose() => Interlocked.Exchange(ref _inner, null)?.Dispose();
    }
}
