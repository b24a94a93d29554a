using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>A request the fake server received.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>What the fake server answers; <see cref="Abort"/> drops the connection instead.</summary>
public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, bool Abort = false)
{
    public static FakeResponse Json(int status, string body, params (string Name, string Value)[] headers) =>
        new(status, body, headers.ToDictionary(h => h.Name, h => h.Value));
}

/// <summary>
/// Kestrel on 127.0.0.1 (random port) answering like Neo4j's Query API: scripted answers in order, then
/// <see cref="Responder"/>, else 500. Records every request.
/// </summary>
public sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeNeo4jServer(WebApplication app)
    {
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Uri = new Uri(address);
    }

    public Uri Uri { get; }

    public Func<RecordedRequest, FakeResponse>? Responder { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeNeo4jServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeNeo4jServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        server = new FakeNeo4jServer(app);
        return server;
    }

    public FakeNeo4jServer Reply(int status, string body, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(FakeResponse.Json(status, body, headers));
        return this;
    }

    public FakeNeo4jServer Reply(FakeResponse response)
    {
        _script.Enqueue(response);
        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "", headers, body);
        _requests.Enqueue(request);
        var response = _script.TryDequeue(out var scripted) ? scripted
            : Responder?.Invoke(request) ?? new FakeResponse(500, "no scripted answer for " + request.Method + " " + request.Path);
        if (response.Abort)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }
        if (response.Body is not null)
        {
            context.Response.ContentType = response.Body.StartsWith('{') ? "application/vnd.neo4j.query" : "text/html";
            await context.Response.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
