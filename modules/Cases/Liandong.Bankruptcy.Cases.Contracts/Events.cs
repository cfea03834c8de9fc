using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Events;

/// <summary>A bankruptcy case was registered in its county (ids only: envelopes sit outside row-level security).</summary>
public sealed record CaseRegistered(Guid CaseId, string CaseNumber, string Procedure) : IIntegrationEvent;
