using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>
/// What the generated document adds to ASP.NET's: its title, the If-Match header where an update needs it, the form of
/// an upload (<see cref="ApiDescriptions.AcceptsUpload"/>), and the tags it uses.
/// </summary>
internal static class OpenApiDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "联动破产 Liandong Bankruptcy API";
            document.Info.Description = "府院联动企业破产协同平台 · Government–court coordination of enterprise bankruptcy cases";
            document.Info.Contact = new OpenApiContact { Name = "联动破产 Liandong Bankruptcy" };
            document.Servers = [new OpenApiServer { Url = "/", Description = "this host" }];
            var tags = document.Paths.Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
                .Select(t => t.Name).OfType<string>().Distinct().Order(StringComparer.Ordinal);
            document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t, Description = t }));
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(MaxItemsAttribute), true) is [MaxItemsAttribute bound, ..])
            {
                schema.MaxItems = bound.Max;
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiDescriptions.UploadForm>().FirstOrDefault() is { } form)
            {
                var fields = new Dictionary<string, IOpenApiSchema>
                {
                    ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The file (.xlsx for an import)." },
                };
                foreach (var date in form.Dates)
                {
                    fields[date] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" };
                }

                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["multipart/form-data"] = new()
                        {
                            Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = fields, Required = new HashSet<string>(fields.Keys) },
                        },
                    },
                };
            }

            if (operation.Responses?.ContainsKey("412") == true)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "The ETag of the version this update is based on (412 when stale, 428 when missing).",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create("\"1234\""),
                });
            }

            return Task.CompletedTask;
        });
    }
}
