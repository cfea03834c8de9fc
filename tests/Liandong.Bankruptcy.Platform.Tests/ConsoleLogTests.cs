using System.Text;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Hosting;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The console log outside Development: written in batches behind the requests, never holding one up.</summary>
public sealed class ConsoleLogTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Events_appear_in_order_one_json_line_each_without_the_host_stopping_and_a_batch_in_a_few_writes()
    {
        var console = new StandardOutput();
        using var sink = new BatchedConsoleSink(new RenderedCompactJsonFormatter(), console);

        for (var i = 0; i < 300; i++)
        {
            sink.Emit(Event($"第{i}条"));
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (console.Lines().Count < 300 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, _ct);
        }

        console.Lines().Select(Message).ShouldBe(Enumerable.Range(0, 300).Select(i => $"第{i}条"));
        console.Writes.ShouldBeLessThan(30); // one write per event would be 300
    }

    [Fact]
    public async Task A_console_that_does_not_keep_up_holds_no_one_up_keeps_at_most_its_capacity_and_stopping_writes_what_waits()
    {
        var console = new StandardOutput { Blocked = true };
        var sink = new BatchedConsoleSink(new RenderedCompactJsonFormatter(), console);
        sink.Emit(Event("第一条"));
        await console.WriteStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), _ct); // the writer is now stuck in its write

        for (var i = 0; i < BatchedConsoleSink.Capacity + 1_000; i++)
        {
            sink.Emit(Event($"等待{i}"));
        }

        console.Unblock();
        sink.Dispose();

        var lines = console.Lines();
        lines.Count.ShouldBe(1 + BatchedConsoleSink.Capacity);
        Message(lines[0]).ShouldBe("第一条");
        Message(lines[^1]).ShouldBe($"等待{BatchedConsoleSink.Capacity - 1}"); // the last thousand were dropped
    }

    private static LogEvent Event(string text) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse(text), []);

    private static string? Message(string line) => JsonDocument.Parse(line).RootElement.GetProperty("@m").GetString();

    /// <summary>Standard output as the sink sees it: the bytes, how many writes, and optionally a reader that does not keep up.</summary>
    private sealed class StandardOutput : Stream
    {
        private readonly MemoryStream _written = new();
        private readonly ManualResetEventSlim _unblocked = new();

        public bool Blocked { get; init; }

        public int Writes { get; private set; }

        public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Unblock() => _unblocked.Set();

        public List<string> Lines()
        {
            lock (_written)
            {
                return Encoding.UTF8.GetString(_written.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            }
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            WriteStarted.TrySetResult();
            if (Blocked)
            {
                _unblocked.Wait(TimeSpan.FromSeconds(30));
            }

            lock (_written)
            {
                Writes++;
                _written.Write(buffer);
            }
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _unblocked.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
