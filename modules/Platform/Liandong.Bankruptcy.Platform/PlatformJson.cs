using System.Text.Json;
using System.Text.Json.Serialization;
using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Platform;

/// <summary>The module's hot reads, serialized by generated code (<see cref="ApiJson.Ok{T}"/>): the API's defaults, enums by name.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ListResponse<UnitDto>))]
internal sealed partial class PlatformJson : JsonSerializerContext;
