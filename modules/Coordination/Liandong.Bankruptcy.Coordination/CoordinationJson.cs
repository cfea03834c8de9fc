using System.Text.Json;
using System.Text.Json.Serialization;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Notifications;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Coordination;

/// <summary>The module's hot reads, serialized by generated code (<see cref="ApiJson.Ok{T}"/>): the API's defaults, enums by name.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ListResponse<ItemSummary>))]
[JsonSerializable(typeof(NotificationsDto))]
internal sealed partial class CoordinationJson : JsonSerializerContext;
