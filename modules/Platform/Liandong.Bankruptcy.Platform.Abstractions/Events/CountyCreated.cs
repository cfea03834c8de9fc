namespace Liandong.Bankruptcy.Platform.Events;

/// <summary>
/// A host administrator created a county. Handled inside that county (the envelope carries it): every module seeds
/// what a county starts with (units, role templates, item templates …).
/// </summary>
public sealed record CountyCreated(Guid CountyId, string DivisionCode, string Name) : IIntegrationEvent;
