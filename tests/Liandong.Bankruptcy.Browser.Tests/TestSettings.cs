using System.Runtime.CompilerServices;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>Settings of this test process, made before the host starts.</summary>
internal static class TestSettings
{
    /// <summary>
    /// Every browser test signs in from 127.0.0.1, so together they pass the production limit of 20 sign-ins a minute
    /// per address; this process allows more. The limit itself is tested in Platform.Tests with the default.
    /// </summary>
    [ModuleInitializer]
    internal static void AllowManySignIns() => Environment.SetEnvironmentVariable("Liandong__SignInsPerMinute", "500");
}
