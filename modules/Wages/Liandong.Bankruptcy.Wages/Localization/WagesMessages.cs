namespace Liandong.Bankruptcy.Wages.Localization;

/// <summary>The Wages module's resources (zh-Hans first, English second).</summary>
public sealed class WagesMessages
{
}
