namespace Liandong.Bankruptcy.Tax.Localization;

/// <summary>The Tax module's messages by stable code: neutral zh-Hans, <c>TaxMessages.en.resx</c> English.</summary>
public sealed class TaxMessages;
