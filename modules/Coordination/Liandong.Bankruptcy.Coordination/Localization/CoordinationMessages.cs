namespace Liandong.Bankruptcy.Coordination.Localization;

/// <summary>The Coordination module's messages by stable code: neutral zh-Hans, <c>CoordinationMessages.en.resx</c> English.</summary>
public sealed class CoordinationMessages;
