using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>The form of an upload an endpoint reads itself (<see cref="ApiDescriptions.AcceptsUpload"/>).</summary>
public static class Uploads
{
    /// <summary>
    /// The request's form, or null when the request carries none; a form that cannot be read (a multipart body without a
    /// part, a broken section, a body that ends inside a section) is 400 <c>platform.malformed_request</c>, as a broken
    /// JSON body is.
    /// </summary>
    public static async Task<IFormCollection?> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException || (e is IOException && !request.HttpContext.RequestAborted.IsCancellationRequested))
        {
            // A section that is not one, or a body that ends inside a section (the client is still there to be told).
            throw new BadHttpRequestException("The form could not be read.", StatusCodes.Status400BadRequest, e);
        }
    }
}
