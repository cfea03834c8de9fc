using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Liandong.Bankruptcy.Testing;

/// <summary>The host's log events, rendered as an operator would read them (message, properties, exception).</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private const int Capacity = 200_000;
    private readonly ConcurrentQueue<string> _lines = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var line = $"[{logEvent.Level}] {logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} " +
                   string.Join(' ', logEvent.Properties.Select(p => $"{p.Key}={p.Value}")) + " " + logEvent.Exception;
        _lines.Enqueue(line);
        while (_lines.Count > Capacity && _lines.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyCollection<string> Lines => _lines.ToArray();
}
