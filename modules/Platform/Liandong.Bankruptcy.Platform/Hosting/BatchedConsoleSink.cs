using System.Collections.Concurrent;
using System.Text;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;

namespace Liandong.Bankruptcy.Platform.Hosting;

/// <summary>
/// The console log outside Development: events are queued as they are logged (no lock, no wake-up, no system call on
/// the request's thread) and written by one background thread every <see cref="Interval"/>, all of them through one
/// buffer, so a batch costs one write to standard output instead of one per event (and a request log line per request
/// made the console the host's largest cost after the query: a write, a wake-up of the writer and a flush each).
/// The line format is the formatter's, unchanged. At most <see cref="Capacity"/> events wait; beyond that they are
/// dropped and counted (Serilog's self-log says how many), as the asynchronous sink did. Disposing writes what waits,
/// and so does the process's exit when nothing disposed the sink (a verb such as <c>migrate</c> returns without disposing it).
/// A killed process loses at most the last interval's lines.
/// </summary>
internal sealed class BatchedConsoleSink : ILogEventSink, IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentQueue<LogEvent> queue = new();
    private readonly ITextFormatter formatter;
    private readonly StreamWriter output;
    private readonly ManualResetEventSlim stopping = new();
    private readonly Thread writer;
    private int waiting;
    private long dropped;
    private int disposed;

    public BatchedConsoleSink(ITextFormatter formatter, Stream output)
    {
        this.formatter = formatter;
        this.output = new StreamWriter(output, new UTF8Encoding(false), 32 * 1024) { AutoFlush = false };
        writer = new Thread(Run) { IsBackground = true, Name = "Console log" };
        writer.Start();
        // A verb (migrate, seed-demo) returns from Main without disposing the host: its last lines are written here.
        AppDomain.CurrentDomain.ProcessExit += WriteAtExit;
    }

    private void WriteAtExit(object? sender, EventArgs e) => Dispose();

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref waiting) > Capacity)
        {
            Interlocked.Decrement(ref waiting);
            Interlocked.Increment(ref dropped);
            return;
        }

        queue.Enqueue(logEvent);
    }

    private void Run()
    {
        while (!stopping.Wait(Interval))
        {
            WriteWaiting();
        }

        WriteWaiting();
    }

    private void WriteWaiting()
    {
        try
        {
            var any = false;
            while (queue.TryDequeue(out var logEvent))
            {
                Interlocked.Decrement(ref waiting);
                formatter.Format(logEvent, output);
                any = true;
            }

            if (any)
            {
                output.Flush();
            }

            if (Interlocked.Exchange(ref dropped, 0) is var lost and > 0)
            {
                SelfLog.WriteLine("The console log dropped {0} events: more than {1} were waiting to be written.", lost, Capacity);
            }
        }
        catch (Exception e)
        {
            // Never out of this thread: an exception there would end the process.
            SelfLog.WriteLine("The console log could not be written: {0}", e);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= WriteAtExit;
        stopping.Set();
        writer.Join();
        output.Dispose();
        stopping.Dispose();
    }
}
