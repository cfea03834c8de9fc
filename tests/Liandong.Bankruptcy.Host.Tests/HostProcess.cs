using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// The real host started as a process of its own on the test database (the Production environment, the application
/// role), beside the test host: a second node of the cluster, that a test can kill as a crash would.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private const int KeptLines = 400;
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The last lines the process wrote (standard output and error), for a failing test to show.</summary>
    public string Output => string.Join('\n', _output);

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>
    /// Starts a host and waits until it answers ready (at most a minute); from the host project's directory, as
    /// etc/dev.sh starts it, unless <paramref name="workingDirectory"/> says otherwise; <paramref name="arguments"/> after
    /// its address.
    /// </summary>
    public static async Task<HostProcess> StartAsync(
        LiandongHostFixture host, CancellationToken cancellationToken, string? workingDirectory = null, params string[] arguments)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(["--urls", address.ToString(), .. arguments]);
        start.WorkingDirectory = workingDirectory ?? start.WorkingDirectory;
        start.Environment["ConnectionStrings__Liandong"] = host.Database.AppConnectionString;
        start.Environment.Remove("ConnectionStrings__LiandongOwner");
        // A home of its own, so the hosts share nothing on disk (ASP.NET's default key ring lives under $HOME).
        start.Environment["HOME"] = Directory.CreateTempSubdirectory("liandong-host-process").FullName;
        var process = Process.Start(start)!;
        var started = new HostProcess(process, address);
        process.OutputDataReceived += (_, line) => started.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => started.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var probe = started.CreateClient();
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await probe.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode)
                {
                    return started;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
            }

            if (process.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await started.DisposeAsync();
                throw new InvalidOperationException("the host process did not become ready");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>
    /// Runs the host's command-line verb (<c>migrate</c>, <c>seed-demo</c>) as an operator would, in the Production
    /// environment with the owner's connection string, and returns its exit code and everything it wrote.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunVerbAsync(LiandongHostFixture host, string verb, CancellationToken cancellationToken)
    {
        var start = StartInfo(verb);
        start.Environment["ConnectionStrings__LiandongOwner"] = host.Database.OwnerConnectionString;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>SIGKILL, as a crash: nothing in the process runs after it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > KeptLines && _output.TryDequeue(out _))
        {
        }
    }

    // The built host in the Production environment with the test run's protected-data keys, its output read by the test.
    private static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var hostDir = Path.Combine(TestEnvironment.RepositoryRoot, "host", "Liandong.Bankruptcy.Host");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(hostDir, "bin", "Debug", "net10.0", "Liandong.Bankruptcy.Host.dll"), .. arguments])
        {
            WorkingDirectory = hostDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in TestEnvironment.ProtectedDataSettings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
