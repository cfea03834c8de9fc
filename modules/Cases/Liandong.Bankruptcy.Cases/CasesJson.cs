using System.Text.Json;
using System.Text.Json.Serialization;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases;

/// <summary>The module's hot reads, serialized by generated code (<see cref="ApiJson.Ok{T}"/>): the API's defaults, enums by name.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ListResponse<CaseSummary>))]
internal sealed partial class CasesJson : JsonSerializerContext;
