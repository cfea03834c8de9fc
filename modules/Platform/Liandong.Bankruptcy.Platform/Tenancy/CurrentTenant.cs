namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// The tenant (county) scope of the code that is running. Flows with the async context, so requests, message
/// handlers, sweeps and seeding each open their own scope and never see another's. Null means no county: every
/// tenant-owned query then returns nothing, in EF and in PostgreSQL alike (fail closed).
/// </summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    /// <summary>Opens a scope for <paramref name="tenantId"/>; disposing it restores the previous scope.</summary>
    IDisposable Change(Guid? tenantId);
}

internal sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Scope = new();

    public Guid? Id => Scope.Value?.TenantId;

    public IDisposable Change(Guid? tenantId)
    {
        var previous = Scope.Value;
        Scope.Value = new TenantScope(tenantId);
        return new Restore(previous);
    }

    private sealed record TenantScope(Guid? TenantId);

    private sealed class Restore(TenantScope? previous) : IDisposable
    {
        public void Dispose() => Scope.Value = previous;
    }
}
