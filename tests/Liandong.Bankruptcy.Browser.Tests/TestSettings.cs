using System.Runtime.CompilerServices;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>Settings of this test process, made before the host starts.</summary>
internal static class TestSettings
{
    /// <summary>
    /// Every browser test signs in from 127.0.0.1 (some accounts more than once); this process allows more attempts than
    /// production. The limits themselves are tested in Platform.Tests.
    /// </summary>
    [ModuleInitializer]
    internal static void AllowManySignIns()
    {
        Environment.SetEnvironmentVariable("Liandong__SignIn__PerAddressPerMinute", "1000");
        Environment.SetEnvironmentVariable("Liandong__SignIn__PerAccountPerMinute", "1000");
    }
}
