namespace Liandong.Bankruptcy.Cases.Localization;

/// <summary>The Cases module's messages by stable code: neutral zh-Hans, <c>CasesMessages.en.resx</c> English.</summary>
public sealed class CasesMessages;
