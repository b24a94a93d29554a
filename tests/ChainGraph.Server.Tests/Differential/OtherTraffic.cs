using System.Net;
using ChainGraph.TestSupport.Differential;

namespace ChainGraph.Server.Tests.Differential;

/// <summary>
/// What else a served process does between and beside the compared questions: target exports (CSV and XLSX),
/// GeoJSON for the map, company pages, projects and regions. Each request must succeed (a failure is kept in
/// <see cref="Failures"/>, for the test to report after the comparisons); what they return is checked by their own tests.
/// </summary>
public sealed class OtherTraffic(ServiceHost host, DataSetRows rows, int seed)
{
    private readonly Random _random = new(seed);
    private readonly string[] _segments = [.. rows.Segments.Keys.Order(StringComparer.Ordinal)];
    private readonly string[] _regions = [.. rows.Regions.Keys.Order(StringComparer.Ordinal)];

    private int _requests;

    public int Requests => _requests;

    public System.Collections.Concurrent.ConcurrentQueue<string> Failures { get; } = new();

    /// <summary>A few requests of every kind, one after the other.</summary>
    public async Task RoundAsync()
    {
        string region, segment;
        lock (_random)
        {
            region = _regions[_random.Next(_regions.Length)];
            segment = _segments[_random.Next(_segments.Length)];
        }
        var first = 1 + (Math.Abs(region.GetHashCode(StringComparison.Ordinal)) % 100);
        await GetAsync($"/api/export/targets?region={region}&segment={segment}&format=csv&first={first}");
        await GetAsync($"/api/export/targets?region={region}&segment={segment}&format=xlsx");
        await GetAsync($"/api/map/sites.geojson?region={region}");
        await GetAsync($"/api/map/sites.geojson?region={region}&segment={segment}");
        await GetAsync($"/api/map/targets.geojson?region={region}&segment={segment}&first={first}");
        await PostAsync("""{ companies(first: 100, filter: { tags: [ANCHOR] }) { totalCount edges { node { id nameZh tags parent { id } sites { id region { code } } } } } }""");
        await PostAsync($$"""{ projects(regionCode: "{{region}}") { id status investmentYuan segment { id category } } regions(parentCode: "{{region}}") { code nameZh } }""");
        await PostAsync($$"""{ segment(id: "{{segment}}") { id category } chains { id segments { id } } }""");
    }

    /// <summary>Rounds until <paramref name="done"/> completes, or a request goes unanswered.</summary>
    public async Task UntilAsync(Task done)
    {
        while (!done.IsCompleted && !_hung)
        {
            await RoundAsync();
        }
    }

    private volatile bool _hung;

    private async Task GetAsync(string url)
    {
        if (_hung)
        {
            return;
        }
        HttpResponseMessage response;
        byte[] body;
        try
        {
            // a guard against an answer that never comes (as for the compared questions), not a time limit
            response = await Task.Run(() => host.Client.GetAsync(url)).WaitAsync(DifferentialRun.HangGuard);
            body = await response.Content.ReadAsByteArrayAsync().WaitAsync(DifferentialRun.HangGuard);
        }
        catch (TimeoutException)
        {
            _hung = true;
            Failures.Enqueue($"GET {url}: no answer after {DifferentialRun.HangGuard.TotalSeconds} s (hung)");
            return;
        }
        using var _ = response;
        Interlocked.Increment(ref _requests);
        if (response.StatusCode != HttpStatusCode.OK || body.Length == 0)
        {
            Failures.Enqueue($"GET {url}: HTTP {(int)response.StatusCode}");
        }
    }

    private async Task PostAsync(string query)
    {
        if (_hung)
        {
            return;
        }
        GraphQLResponse response;
        try
        {
            response = await Task.Run(() => host.PostAsync(query)).WaitAsync(DifferentialRun.HangGuard);
        }
        catch (TimeoutException)
        {
            _hung = true;
            Failures.Enqueue($"{query}: no answer after {DifferentialRun.HangGuard.TotalSeconds} s (hung)");
            return;
        }
        Interlocked.Increment(ref _requests);
        if (response.HasErrors)
        {
            Failures.Enqueue($"{query}: {response.Body}");
        }
    }
}
