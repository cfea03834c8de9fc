namespace Liandong.Bankruptcy.Assets.Localization;

/// <summary>The Assets module's resources (zh-Hans first, English second).</summary>
public sealed class AssetsMessages
{
}
