using ChainGraph.Import;
using ChainGraph.Server.Hosting;
using ChainGraph.Server.WarmUp;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Tests.WarmUp;

/// <summary>Whatever goes wrong while warming up, the server it wraps still starts, and the log says why it started cold.</summary>
public sealed class WarmingServerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_failing_warm_up_is_logged_and_the_server_starts_anyway()
    {
        using var embedded = EmbeddedGraphStore.Open(_folder.File("cg.db"));
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), embedded, false, true)).Succeeded);
        var store = InterceptingStore.Wrap(embedded, method =>
        {
            if (method == "GetSitesOfCompaniesAsync")
            {
                throw new InvalidOperationException("a bug in a read");
            }
        });
        var inner = new RecordingServer();
        var log = new ListLogger();
        using var server = new WarmingServer(inner, () => store, Options.Create(new WarmUpOptions { Seconds = 5 }), log);

        await server.StartAsync(new NoApplication(), CancellationToken.None);

        Assert.True(inner.Started);
        Assert.Null(server.Report);
        var (level, id, message, exception) = Assert.Single(log.Entries);
        Assert.Equal((LogLevel.Warning, 2012), (level, id));
        Assert.Equal("The warm-up failed; starting without it", message);
        Assert.Equal("a bug in a read", exception?.Message);
    }

    [Fact]
    public async Task Building_the_service_opens_no_store_the_host_opens_it_when_it_starts()
    {
        // the service as serve builds it, warm-up on, over the test server; the store counted where it is opened
        var opened = 0;
        var settings = new Dictionary<string, string?>
        {
            ["ChainGraph:Embedded:Path"] = _folder.File("cg.db"),
            ["ChainGraph:Seed:Path"] = Repo.Fixture("mini"),
            ["ChainGraph:WarmUp:Enabled"] = "true",
            ["ChainGraph:WarmUp:Seconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var app = ChainGraphWebApp.Build(settings, b => b.WebHost.UseTestServer(), services => services.AddSingleton(_ =>
        {
            Interlocked.Increment(ref opened);
            return EmbeddedGraphStore.Open(_folder.File("cg.db"));
        }));
        // the web application made its server (the warming one) while it was built: that must not load the store, which
        // serve loads under its start-up GC tuning, begun only after the build
        Assert.IsType<WarmingServer>(app.Services.GetRequiredService<IServer>());
        Assert.Equal(0, opened);

        await app.StartAsync();
        Assert.Equal(1, opened);
        Assert.NotNull(((WarmingServer)app.Services.GetRequiredService<IServer>()).Report);
        await app.StopAsync();
    }

    public void Dispose() => _folder.Dispose();

    private sealed class RecordingServer : IServer
    {
        public bool Started { get; private set; }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    /// <summary>An application the warm-up never reaches here: it fails before its first request.</summary>
    private sealed class NoApplication : IHttpApplication<object>
    {
        public object CreateContext(IFeatureCollection contextFeatures) => throw new InvalidOperationException("no request expected");

        public Task ProcessRequestAsync(object context) => throw new InvalidOperationException("no request expected");

        public void DisposeContext(object context, Exception? exception)
        {
        }
    }

    private sealed class ListLogger : ILogger<WarmingServer>
    {
        public List<(LogLevel Level, int Id, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
