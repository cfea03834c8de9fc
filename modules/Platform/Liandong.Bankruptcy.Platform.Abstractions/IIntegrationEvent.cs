namespace Liandong.Bankruptcy.Platform;

/// <summary>
/// An event one module publishes for others through the transactional outbox. Records in a module's .Contracts,
/// past-tense names, ids and amounts only: envelopes sit outside row-level security, so never personal data.
/// </summary>
#pragma warning disable CA1040 // a marker is the point: architecture tests and the outbox find events by it
public interface IIntegrationEvent;
#pragma warning restore CA1040
