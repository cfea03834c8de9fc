namespace Liandong.Bankruptcy.Credit.Localization;

/// <summary>The Credit module's resources (zh-Hans first, English second).</summary>
public sealed class CreditMessages
{
}
