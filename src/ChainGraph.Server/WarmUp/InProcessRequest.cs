using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace ChainGraph.Server.WarmUp;

/// <summary>
/// One request handed straight to the service's request pipeline, without a socket: every middleware, the routing,
/// authentication, rate limiting, the endpoint and the response writing run as for a client's request, and the
/// answer is thrown away. The warm-up sends these before the server listens.
/// </summary>
internal static class InProcessRequest
{
    /// <summary>Sends the request and returns the status code the pipeline answered with.</summary>
    public static async Task<int> SendAsync<TContext>(
        IHttpApplication<TContext> application, string method, string path, string? json, CancellationToken cancellationToken)
        where TContext : notnull
    {
        var body = json is null ? [] : Encoding.UTF8.GetBytes(json);
        var request = new HttpRequestFeature
        {
            Method = method,
            Scheme = "http",
            Protocol = "HTTP/1.1",
            Path = path,
            Body = new MemoryStream(body, writable: false),
        };
        request.Headers.Host = "localhost";
        request.Headers.Accept = "application/json";
        request.Headers.AcceptEncoding = "br, gzip";
        if (json is not null)
        {
            request.Headers.ContentType = "application/json";
            request.Headers.ContentLength = body.Length;
        }
        var response = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        features.Set<IHttpRequestLifetimeFeature>(new HttpRequestLifetimeFeature { RequestAborted = cancellationToken });

        var context = application.CreateContext(features);
        Exception? failure = null;
        try
        {
            await application.ProcessRequestAsync(context).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            application.DisposeContext(context, failure);
        }
        return response.StatusCode;
    }
}
