using System.Runtime.CompilerServices;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Settings of this test process, made before the host starts.</summary>
internal static class TestSettings
{
    /// <summary>
    /// A per-address sign-in limit the tests can reach quickly (production allows 300 a minute, for a county behind one
    /// address); the per-account limit keeps its default of 10.
    /// </summary>
    [ModuleInitializer]
    internal static void FewSignInsPerAddress() => Environment.SetEnvironmentVariable("Liandong__SignIn__PerAddressPerMinute", "30");
}
