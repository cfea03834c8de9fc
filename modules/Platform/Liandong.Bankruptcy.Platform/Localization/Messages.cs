namespace Liandong.Bankruptcy.Platform.Localization;

/// <summary>
/// Platform messages, keyed by stable code. The neutral resources are zh-Hans (the first UI language);
/// <c>Messages.en.resx</c> holds English. Modules keep their own resources the same way.
/// </summary>
public sealed class Messages;
