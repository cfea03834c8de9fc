using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Liandong.Bankruptcy.Coordination;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Benchmarks;

/// <summary>
/// A page of the unit inbox (50 rows, Chinese titles and names) written as the API's options write it (reflection-based
/// metadata, the enum converter, the encoder) and as <see cref="ApiJson.Ok{T}"/> writes it (the generated serializer,
/// the same encoder); the same bytes (<c>GeneratedJsonTests</c>). No database: `etc/measure.sh json` runs it.
/// </summary>
[MemoryDiagnoser]
public class ApiJsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(64 * 1024);
    private JsonSerializerOptions _api = null!;
    private ListResponse<ItemSummary> _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _api = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(_api);
        _api.MakeReadOnly(populateMissingResolver: true);
        var due = new DateOnly(2026, 12, 1);
        _page = new ListResponse<ItemSummary>([.. Enumerable.Range(1, 50).Select(n => new ItemSummary(
            Guid.NewGuid(), Guid.NewGuid(), $"(2026)豫0305破{n}号", $"洛阳某某机械制造有限公司{n}", "91410300MA44XXXX1Y", "tax.clearance",
            "依法申报债权并出具清税证明", Guid.NewGuid(), "涧西区税务局", ItemStatus.InProgress, ItemPriority.Normal, n % 3 == 0,
            due.AddDays(n), n % 4 == 0, (uint)n)).ToList()], "eyJkdWUiOiIyMDI2LTEyLTAxIn0");
    }

    [Benchmark(Baseline = true)]
    public int ApiOptions()
    {
        _output.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_output, new JsonWriterOptions { Encoder = _api.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, _page, _api);
        writer.Flush();
        return _output.WrittenCount;
    }

    [Benchmark]
    public int Generated()
    {
        _output.ResetWrittenCount();
        ApiJson.Write(_output, _page, CoordinationJson.Default.ListResponseItemSummary);
        return _output.WrittenCount;
    }
}
