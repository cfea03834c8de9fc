namespace Liandong.Bankruptcy.Deregistration.Localization;

/// <summary>The Deregistration module's resources (zh-Hans first, English second).</summary>
public sealed class DeregistrationMessages
{
}
