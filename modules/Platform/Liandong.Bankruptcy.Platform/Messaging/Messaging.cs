using JasperFx;
using Liandong.Bankruptcy.Platform.Tenancy;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using Wolverine.Postgresql;

namespace Liandong.Bankruptcy.Platform.Messaging;

/// <summary>
/// Wolverine as toolchain.md sets it up: the PostgreSQL message store in schema <c>wolverine</c> (built by the migrate
/// step, never at start-up), the EF Core outbox, durable local queues, one inbox row and transaction per module
/// handling an event, and the current county on every envelope.
/// </summary>
internal static class Messaging
{
    public const string StoreSchema = "wolverine";

    public static void Configure(WolverineOptions options, string connectionString, IEnumerable<System.Reflection.Assembly> moduleAssemblies, ICurrentTenant currentTenant)
    {
        options.PersistMessagesWithPostgresql(connectionString, StoreSchema);
        options.AutoBuildMessageStorageOnStartup = AutoCreate.None;
        options.UseEntityFrameworkCoreTransactions();
        options.Policies.AutoApplyTransactions();
        options.Policies.UseDurableLocalQueues();
        options.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
        options.Durability.MessageIdentity = MessageIdentity.IdAndDestination;

        // A host that dies (kill -9, a lost VM) leaves its in-flight messages owned by its node. Each live node writes a
        // heartbeat every HealthCheckPollingTime; a node silent for StaleNodeTimeout is stale, ejected on the second
        // look (StaleNodeEjectionThreshold, the minimum); the orphan sweep then releases its messages and the next
        // recovery poll (ScheduledJobPollingTime) hands them to a live node. With Wolverine's defaults (10 s, 1 min,
        // 5 s, 5 s) a case's items appeared 68–72 s after acceptance; with these, within about 8 s (CrashTests measures
        // it). Five seconds is five missed heartbeats: a busy live node is not taken for dead. Each poll is one small
        // query per node.
        options.Durability.HealthCheckPollingTime = TimeSpan.FromSeconds(1);
        options.Durability.StaleNodeTimeout = TimeSpan.FromSeconds(5);
        options.Durability.OrphanedMessageSweepPollingTime = TimeSpan.FromSeconds(1);
        options.Durability.ScheduledJobPollingTime = TimeSpan.FromSeconds(1);
        options.MetadataRules.Add(new TenantEnvelopeRule(currentTenant));
        options.Policies.AddMiddleware(typeof(MessageTenantScope));
        options.UseRuntimeCompilation();
        foreach (var assembly in moduleAssemblies)
        {
            options.Discovery.IncludeAssembly(assembly);
        }
    }

    /// <summary>
    /// Stamps the sender's county on every outgoing envelope that has none. Wolverine calls ApplyCorrelation for each
    /// message it sends; messages cascaded from a handler already carry their envelope's county.
    /// </summary>
    private sealed class TenantEnvelopeRule(ICurrentTenant currentTenant) : IEnvelopeRule
    {
        public void Modify(Envelope envelope)
        {
            if (envelope.TenantId is null && currentTenant.Id is { } tenant)
            {
                envelope.TenantId = tenant.ToString();
            }
        }

        public void ApplyCorrelation(IMessageContext originator, Envelope outgoing) => Modify(outgoing);
    }
}
