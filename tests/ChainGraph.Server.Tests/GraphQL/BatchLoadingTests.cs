using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Server.Tests.GraphQL;

/// <summary>A page of 100 companies with their sites, regions and segments costs a bounded number of store calls.</summary>
public sealed class BatchLoadingTests
{
    [Fact]
    public async Task A_page_of_companies_with_relations_costs_a_few_store_calls()
    {
        using var data = new TempFolder();
        new Generate.SyntheticDataSet(300, seed: 7).WriteTo(data.Path);
        var counter = new CallCounter();
        await using var host = new ServiceHost(
            seed: "mini",
            settings: new Dictionary<string, string?> { ["ChainGraph:Seed:Path"] = data.Path, ["ChainGraph:GraphQL:MaxComplexity"] = "1000000" },
            overrideServices: services => services.AddSingleton<IGraphStore>(sp => InterceptingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), counter.Add)));

        counter.Reset();
        var r = await host.PostAsync("""
            { companies(first: 100) { nodes { id nameZh parent { id } sites { id region { nameZh parent { nameZh } } segments { id nameZh } company { id } } } } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        Assert.Equal(100, r.Data.GetProperty("companies").GetProperty("nodes").GetArrayLength());
        // one page query, one batch each for parents, sites, site regions, their parents, site companies, and the segment list
        Assert.InRange(counter.Calls, 1, 8);
        Assert.True(counter.Calls < 10, string.Join(", ", counter.Names));
    }

    [Fact]
    public async Task Recruit_targets_with_their_anchors_and_sites_cost_a_few_store_calls()
    {
        var counter = new CallCounter();
        await using var host = new ServiceHost(
            seed: "graph-seed",
            overrideServices: services => services.AddSingleton<IGraphStore>(sp => InterceptingStore.Wrap(sp.GetRequiredService<EmbeddedGraphStore>(), counter.Add)));

        counter.Reset();
        var r = await host.PostAsync("""
            { recruitTargets(regionCode: "441200", segmentId: "es-materials", first: 50) { company { id } suppliesAnchors { id nameZh } nearestSite { id } } }
            """);
        Assert.False(r.HasErrors, r.Body.ToString());
        var targets = r.Data.GetProperty("recruitTargets");
        Assert.True(targets.GetArrayLength() >= 20, "enough targets to show a per-target call");
        Assert.Contains(targets.EnumerateArray(), t => t.GetProperty("suppliesAnchors").GetArrayLength() > 0);
        // one batch for the target companies and one for their anchors, however many targets there are
        Assert.True(counter.Names.Count(n => n.Contains("GetCompanies", StringComparison.Ordinal)) <= 2, string.Join(", ", counter.Names));
    }

    public sealed class CallCounter
    {
        private readonly List<string> _names = [];

        public int Calls
        {
            get
            {
                lock (_names)
                {
                    return _names.Count;
                }
            }
        }

        public IReadOnlyList<string> Names
        {
            get
            {
                lock (_names)
                {
                    return _names.ToList();
                }
            }
        }

        public void Add(string name)
        {
            lock (_names)
            {
                _names.Add(name);
            }
        }

        public void Reset()
        {
            lock (_names)
            {
                _names.Clear();
            }
        }
    }
}
