using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>The API's JSON: what every response shares, and the hot reads' source-generated answer.</summary>
public static class ApiJson
{
    /// <summary>Chinese text as itself, not as <c>\uXXXX</c> escapes (a third of the bytes); HTML-sensitive characters stay escaped.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// 200 with <paramref name="value"/> written by the code System.Text.Json generated for its type (a module's
    /// <c>JsonSerializerContext</c> with <c>JsonSerializerDefaults.Web</c> and string enums): the same bytes as
    /// <c>TypedResults.Ok</c>, for a hot read's rows without the per-property dispatch of the API's reflection-based options.
    /// </summary>
    public static JsonOk<T> Ok<T>(T value, JsonTypeInfo<T> typeInfo) => new(value, typeInfo);

    /// <summary>The API's options (ASP.NET Core's web defaults, set by the host): enums by name, the encoder above.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Encoder = Encoder;
    }

    /// <summary>Writes <paramref name="value"/> with its generated serializer (when it has one) and the API's encoder.</summary>
    public static void Write<T>(IBufferWriter<byte> output, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        if (typeInfo.SerializeHandler is { } generated)
        {
            generated(writer, value);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }
    }

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder, SkipValidation = true };
}

/// <summary>
/// A 200 whose body is written by a source-generated serializer: the API's options cannot use one (their enum converter
/// and encoder turn System.Text.Json's generated fast path off), so the hot reads bring their own type information and
/// this result writes it with the API's encoder. Declares its 200 and type to OpenAPI as <c>Ok&lt;T&gt;</c> does.
/// </summary>
public sealed class JsonOk<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>
{
    private readonly JsonTypeInfo<T> _typeInfo;

    internal JsonOk(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        Value = value;
        _typeInfo = typeInfo;
    }

    public T Value { get; }

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status200OK;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        ApiJson.Write(response.BodyWriter, Value, _typeInfo); // into the response's buffer (a page: at most 200 rows), then one flush
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

#pragma warning disable CA1000 // IEndpointMetadataProvider's static member, as ASP.NET Core's Ok<T> has it
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
    }
#pragma warning restore CA1000
}
