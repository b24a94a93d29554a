using System.Diagnostics;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>
/// An embedded store file read for one question, or a few: instead of reading the whole graph and indexing it
/// (what <see cref="EmbeddedGraphStore.Open"/> does, and what a service does once), it reads the rows the
/// question needs through the tables' indexes and indexes only those. Opening costs the same on a store of a
/// thousand companies as on one of a million; a question costs what its region and segment hold.
/// <para>
/// Answered from the scope: coverage, gaps, targets and the pipeline of a region (the local sites, companies,
/// anchors and projects of the region; the sites working in the segment; the supply rows into the anchors'
/// groups), entities by id, the small tables, key lookups, customers (supply paths), a first page of companies by
/// name, and the statistics (counted by SQLite). Anything else that needs the whole graph (other company listings,
/// sites, supplies and projects of companies, national counts) and every write opens the whole store on first use,
/// and from then on every call goes to it. The scope is read inside one read transaction,
/// so all of it is of one committed version; if the whole store, opened later, is of a newer one (another
/// process wrote in between), the call fails with a <see cref="StoreUnavailableException"/> rather than mix two.
/// </para>
/// <para>
/// Unlike a full open it does not run SQLite's integrity check over the file (that reads every page): a damaged
/// page it reads is still reported by SQLite.
/// </para>
/// </summary>
public sealed class ScopedGraphStore : IGraphStore, IBoundedCandidateReader, IDisposable
{
    private readonly ScopedRows _rows;
    private readonly string _path;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private GraphSnapshot _snapshot;
    private EmbeddedGraphStore? _whole;

    private ScopedGraphStore(ScopedRows rows, string path, ILogger logger)
    {
        _rows = rows;
        _path = path;
        _logger = logger;
        _snapshot = new GraphSnapshot(rows.Data.Copy(), new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> for scoped reads; null, with the reason, when it cannot be read this
    /// way (no file, a store written before scoped reads existed and not opened for writing since, a missing or foreign
    /// write-ahead log): then open the whole store, which also reports what is wrong.
    /// </summary>
    public static ScopedGraphStore? TryOpen(string path, out string? whyNot, ILogger? logger = null)
    {
        logger ??= NullLogger.Instance;
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        if (ScopedRows.TryOpen(full, out whyNot) is not { } rows)
        {
            Log.ScopedNotPossible(logger, full, whyNot!);
            return null;
        }
        Log.OpenedScoped(logger, full, rows.Version, clock.ElapsedMilliseconds);
        return new ScopedGraphStore(rows, full, logger);
    }

    /// <summary>The data version the scope is read at.</summary>
    public long DataVersion => _rows.Version;

    /// <summary>How many companies the scope holds so far (what a question has read).</summary>
    internal int CompaniesRead => Locked(() => _rows.Data.Companies.Count);

    /// <summary>True once a call has needed the whole store.</summary>
    public bool OpenedWhole => Volatile.Read(ref _whole) is not null;

    public ValueTask<IReadOnlyList<Chain>> GetChainsAsync(CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetChains(), s => s.GetChainsAsync(cancellationToken));

    public ValueTask<IReadOnlyList<Segment>> GetSegmentsAsync(CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetSegments(), s => s.GetSegmentsAsync(cancellationToken));

    public ValueTask<IReadOnlyList<SegmentFlow>> GetFlowsAsync(CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetFlows(), s => s.GetFlowsAsync(cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, Region>> GetRegionsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetRegions(codes), s => s.GetRegionsAsync(codes, cancellationToken));

    public ValueTask<IReadOnlyList<Region>> FindRegionsAsync(RegionLevel? level, string? parentCode, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().FindRegions(level, parentCode), s => s.FindRegionsAsync(level, parentCode, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, Company>> GetCompaniesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Scoped<IReadOnlyDictionary<string, Company>>(() => Locked(() => _rows.ReadByIds<CompanyCodec, Company>(ids, c => c.Id)), s => s.GetCompaniesAsync(ids, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, Site>> GetSitesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Scoped<IReadOnlyDictionary<string, Site>>(() => Locked(() => _rows.ReadByIds<SiteCodec, Site>(ids, t => t.Id)), s => s.GetSitesAsync(ids, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, Project>> GetProjectsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Scoped<IReadOnlyDictionary<string, Project>>(() => Locked(() => _rows.ReadByIds<ProjectCodec, Project>(ids, p => p.Id)), s => s.GetProjectsAsync(ids, cancellationToken));

    public ValueTask<IReadOnlyList<Project>> GetProjectsInRegionAsync(string regionCode, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode, projectsOnly: true)).GetProjectsInRegion(regionCode), s => s.GetProjectsInRegionAsync(regionCode, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, SegmentPresence>> GetSegmentPresenceAsync(
        string regionCode, string chainId, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode)).GetSegmentPresence(regionCode, chainId, segmentIds),
            s => s.GetSegmentPresenceAsync(regionCode, chainId, segmentIds, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetLocalCompaniesAsync(
        string regionCode, IReadOnlyCollection<string> segmentIds, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode)).GetLocalCompanies(regionCode, segmentIds),
            s => s.GetLocalCompaniesAsync(regionCode, segmentIds, cancellationToken));

    public ValueTask<IReadOnlyList<LocalAnchor>> GetLocalAnchorsAsync(string regionCode, string chainId, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode)).GetLocalAnchors(regionCode, chainId), s => s.GetLocalAnchorsAsync(regionCode, chainId, cancellationToken));

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode) | r.EnsureSegmentAndCustomerGroups(segmentId, anchorGroupIds))
                .GetRecruitCandidates(regionCode, segmentId, anchorGroupIds),
            s => s.GetRecruitCandidatesAsync(regionCode, segmentId, anchorGroupIds, cancellationToken));

    public ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode, string segmentId, IReadOnlyCollection<string> anchorGroupIds, CandidateWorthy worthy, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads(r => r.EnsureRegion(regionCode) | r.EnsureSegmentAndCustomerGroups(segmentId, anchorGroupIds))
                .GetRecruitCandidates(regionCode, segmentId, anchorGroupIds, worthy),
            s => s.GetRecruitCandidatesAsync(regionCode, segmentId, anchorGroupIds, worthy, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<RegionPriority>>> GetRegionPrioritiesAsync(
        IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetRegionPriorities(regionCodes), s => s.GetRegionPrioritiesAsync(regionCodes, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Anchor>>> GetAnchorsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Scoped(() => Reads().GetAnchorsOfCompanies(companyIds), s => s.GetAnchorsOfCompaniesAsync(companyIds, cancellationToken));

    public ValueTask<IReadOnlyDictionary<string, string?>> FindKeysAsync(EntityKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        Scoped<IReadOnlyDictionary<string, string?>>(() => FindKeys(kind, keys), s => s.FindKeysAsync(kind, keys, cancellationToken));

    /// <summary>
    /// A first page of companies by name alone, in id order (what looking a company up by name asks), is read from the
    /// names column; any other listing needs the whole store.
    /// </summary>
    public ValueTask<CompanyPage> FindCompaniesAsync(CompanyQuery query, int first, PagePosition? after, CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _whole) is null && after is null && first > 0
            && query.NameContains is { Length: > 0 } text && query == new CompanyQuery(NameContains: text))
        {
            var (ids, page) = Locked(() =>
            {
                var named = _rows.CompaniesNamed(text);
                return (named, _rows.ReadByIds<CompanyCodec, Company>(named.Take(first).ToArray(), c => c.Id));
            });
            return ValueTask.FromResult(new CompanyPage([.. ids.Take(first).Select(id => page[id])], ids.Count, ids.Count > first));
        }
        return Whole(nameof(FindCompaniesAsync)).FindCompaniesAsync(query, first, after, cancellationToken);
    }

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<string>>> GetCustomersAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Scoped<IReadOnlyDictionary<string, IReadOnlyList<string>>>(() => Locked(() => _rows.CustomersOf(companyIds)), s => s.GetCustomersAsync(companyIds, cancellationToken));

    public ValueTask<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Scoped(() => Locked(_rows.Stats), s => s.GetStatsAsync(cancellationToken));

    // What needs the whole graph.

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Site>>> GetSitesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Whole(nameof(GetSitesOfCompaniesAsync)).GetSitesOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Supply>>> GetSuppliesOfCompaniesAsync(IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Whole(nameof(GetSuppliesOfCompaniesAsync)).GetSuppliesOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Project>>> GetProjectsOfCompaniesAsync(
        IReadOnlyCollection<string> companyIds, CancellationToken cancellationToken = default) =>
        Whole(nameof(GetProjectsOfCompaniesAsync)).GetProjectsOfCompaniesAsync(companyIds, cancellationToken);

    public ValueTask<ChainCompanyCounts> GetChainCompanyCountsAsync(string chainId, CancellationToken cancellationToken = default) =>
        Whole(nameof(GetChainCompanyCountsAsync)).GetChainCompanyCountsAsync(chainId, cancellationToken);

    public ValueTask PingAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _whole) is { } whole)
        {
            return whole.PingAsync(cancellationToken);
        }
        Locked(_rows.Ping);
        return ValueTask.CompletedTask;
    }

    public ValueTask ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default) =>
        Whole(nameof(ApplyAsync), forWrite: true).ApplyAsync(changes, cancellationToken);

    public ValueTask<int> DeleteSuppliesAsync(IReadOnlyCollection<SupplyKey> keys, CancellationToken cancellationToken = default) =>
        Whole(nameof(DeleteSuppliesAsync), forWrite: true).DeleteSuppliesAsync(keys, cancellationToken);

    public ValueTask<int> DeleteAnchorsAsync(IReadOnlyCollection<AnchorKey> keys, CancellationToken cancellationToken = default) =>
        Whole(nameof(DeleteAnchorsAsync), forWrite: true).DeleteAnchorsAsync(keys, cancellationToken);

    public ValueTask<int> DeleteRegionPrioritiesAsync(IReadOnlyCollection<RegionPriorityKey> keys, CancellationToken cancellationToken = default) =>
        Whole(nameof(DeleteRegionPrioritiesAsync), forWrite: true).DeleteRegionPrioritiesAsync(keys, cancellationToken);

    public void Dispose()
    {
        lock (_gate)
        {
            _rows.Dispose();
            _whole?.Dispose();
        }
    }

    /// <summary>The answer from the scope, or from the whole store once that is open.</summary>
    private ValueTask<T> Scoped<T>(Func<T> fromScope, Func<EmbeddedGraphStore, ValueTask<T>> fromWhole) =>
        Volatile.Read(ref _whole) is { } whole ? fromWhole(whole) : ValueTask.FromResult(fromScope());

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    /// <summary>The reads over a snapshot of the scope, after widening it (re-indexing only when rows were added).</summary>
    private SnapshotReads Reads(Func<ScopedRows, bool>? widen = null)
    {
        lock (_gate)
        {
            if (widen is not null && widen(_rows))
            {
                _snapshot = new GraphSnapshot(_rows.Data.Copy(), new HashSet<string>(_rows.Regions, StringComparer.Ordinal));
            }
            return new SnapshotReads(_snapshot);
        }
    }

    private Dictionary<string, string?> FindKeys(EntityKind kind, IReadOnlyCollection<string> keys)
    {
        switch (kind)
        {
            case EntityKind.Company:
                return Locked(() => _rows.ReadByIds<CompanyCodec, Company>(keys, c => c.Id)).ToDictionary(kv => kv.Key, kv => kv.Value.ParentId, StringComparer.Ordinal);
            case EntityKind.Site:
                return Locked(() => _rows.ReadByIds<SiteCodec, Site>(keys, t => t.Id)).ToDictionary(kv => kv.Key, _ => (string?)null, StringComparer.Ordinal);
            case EntityKind.Project:
                return Locked(() => _rows.ReadByIds<ProjectCodec, Project>(keys, p => p.Id)).ToDictionary(kv => kv.Key, _ => (string?)null, StringComparer.Ordinal);
            default:
                // Chains, regions and segments are read whole at opening.
                return Reads().FindKeys(kind, keys);
        }
    }

    /// <summary>
    /// The whole store, opened on first need. For a read it must be of the scope's version: answers already given
    /// came from that version, and one question must not mix two.
    /// </summary>
    private EmbeddedGraphStore Whole(string call, bool forWrite = false)
    {
        if (Volatile.Read(ref _whole) is { } open)
        {
            return open;
        }
        lock (_gate)
        {
            if (_whole is null)
            {
                Log.ScopedOpensWhole(_logger, _path, call);
                var whole = EmbeddedGraphStore.Open(_path, _logger);
                if (!forWrite && whole.DataVersion != _rows.Version)
                {
                    whole.Dispose();
                    throw new StoreUnavailableException(
                        $"the store at {_path} was changed by another process while this question was answered (write {_rows.Version}, now {whole.DataVersion}): ask again");
                }
                Volatile.Write(ref _whole, whole);
            }
            return _whole;
        }
    }
}
