using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Server.GraphQL.Loaders;

/// <summary>The batch loaders of one request, one per kind of lookup.</summary>
public sealed class EntityLoaders(IGraphStore store) : IDisposable
{
    private IReadOnlyList<Segment>? _segments;
    private IReadOnlyList<SegmentFlow>? _flows;
    private Dictionary<string, Segment>? _segmentsById;

    public BatchLoader<string, Company> Companies { get; } = new(store.GetCompaniesAsync);

    public BatchLoader<string, Region> Regions { get; } = new(store.GetRegionsAsync);

    public BatchLoader<string, Site> Sites { get; } = new(store.GetSitesAsync);

    public BatchLoader<string, Project> Projects { get; } = new(store.GetProjectsAsync);

    public BatchLoader<string, IReadOnlyList<Site>> SitesOfCompany { get; } = new(store.GetSitesOfCompaniesAsync);

    public BatchLoader<string, IReadOnlyList<Supply>> SuppliesOfCompany { get; } = new(store.GetSuppliesOfCompaniesAsync);

    public BatchLoader<string, IReadOnlyList<Project>> ProjectsOfCompany { get; } = new(store.GetProjectsOfCompaniesAsync);

    public BatchLoader<string, IReadOnlyList<RegionPriority>> PrioritiesOfRegion { get; } = new(store.GetRegionPrioritiesAsync);

    public BatchLoader<string, IReadOnlyList<string>> CustomersOfCompany { get; } = new(store.GetCustomersAsync);

    /// <summary>All segments, read once per request (segment trees are small).</summary>
    public async ValueTask<IReadOnlyList<Segment>> AllSegmentsAsync(CancellationToken cancellationToken) =>
        _segments ??= await store.GetSegmentsAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>All FEEDS flows, read once per request.</summary>
    public async ValueTask<IReadOnlyList<SegmentFlow>> AllFlowsAsync(CancellationToken cancellationToken) =>
        _flows ??= await store.GetFlowsAsync(cancellationToken).ConfigureAwait(false);

    public void Dispose()
    {
        Companies.Dispose();
        Regions.Dispose();
        Sites.Dispose();
        Projects.Dispose();
        SitesOfCompany.Dispose();
        SuppliesOfCompany.Dispose();
        ProjectsOfCompany.Dispose();
        PrioritiesOfRegion.Dispose();
        CustomersOfCompany.Dispose();
    }

    public async ValueTask<Segment?> SegmentAsync(string id, CancellationToken cancellationToken)
    {
        _segmentsById ??= (await AllSegmentsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return _segmentsById.GetValueOrDefault(id);
    }
}
