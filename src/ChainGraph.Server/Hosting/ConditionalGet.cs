using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace ChainGraph.Server.Hosting;

/// <summary>
/// Answers a GET (or HEAD) for a document that changes only when the store does (GeoJSON, exports, the SDL): a
/// strong ETag over the bytes, <c>Cache-Control: no-cache</c> (use it, but ask again), and 304 Not Modified when
/// the client already holds the same bytes. A write that changes the answer changes the ETag.
/// </summary>
internal static class ConditionalGet
{
    public static async Task WriteAsync(HttpContext http, string contentType, Func<Stream, Task> write)
    {
        using var buffer = new MemoryStream();
        await write(buffer);
        var tag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..27].Replace('+', '-').Replace('/', '_') + "\"");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        // Private: a response may depend on the caller's API key.
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true, Private = true };
        var asked = http.Request.GetTypedHeaders().IfNoneMatch;
        if (asked.Any(t => t.Tag == EntityTagHeaderValue.Any.Tag || t.Compare(tag, useStrongComparison: false)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        http.Response.ContentType = contentType;
        http.Response.ContentLength = buffer.Length;
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
