using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;
using ChainGraph.Store.Embedded.Snapshot;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>
/// The rows of a store file that the questions asked so far need, read inside one read transaction (so every row is of one committed version, whatever other processes write meanwhile). The small
/// tables (chains, regions, segments, flows, anchor rows, region priorities) are read whole at opening; the rest
/// by scope: a region's or a segment's sites from the site key lists (<see cref="SiteKeyLists"/>), projects by
/// region, a group's companies and the supply rows into them through the secondary indexes, parents by key. Each scope is closed under what the snapshot's indexes need: a loaded site's company, a loaded
/// company's parents up to its group root, and a supply row only with both of its companies. Not thread-safe:
/// <see cref="ScopedGraphStore"/> serialises the calls.
/// <para>
/// Sites, companies and supply rows are read as key rows: only the fields the snapshot's indexes use (a site's
/// company, region, position and segments; a company's parent and tags; a supply row's ends, segment and confidence),
/// the other fields left empty. The snapshot built over them therefore answers only the questions that need no
/// more (presence, local companies and anchors, candidates); entities themselves are read whole, by id, from the
/// tables (<see cref="ReadByIds"/>). Projects and the small tables are read whole.
/// </para>
/// </summary>
internal sealed partial class ScopedRows : IDisposable
{
    private const string InJson = "IN (SELECT value FROM json_each($ids))";

    private static readonly string[] CompanyKeys = ["id", "tags", "parent_id"];
    private static readonly string[] SupplyKeys = ["supplier_id", "customer_id", "segment_id", "confidence"];

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _tx;
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _projectRegions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _segments = new(StringComparer.Ordinal);
    private readonly HashSet<string> _customerGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _regionChildren = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _segmentChildren = new(StringComparer.Ordinal);

    private ScopedRows(SqliteConnection connection, SqliteTransaction tx, long version)
    {
        _connection = connection;
        _tx = tx;
        Version = version;
        EntityRows.ReadAll<ChainCodec, Chain>(connection, tx, _pool, c => Data.Chains[c.Id] = c);
        EntityRows.ReadAll<RegionCodec, Region>(connection, tx, _pool, r => Data.Regions[r.Code] = r);
        EntityRows.ReadAll<SegmentCodec, Segment>(connection, tx, _pool, g => Data.Segments[g.Id] = g);
        EntityRows.ReadAll<SegmentFlowCodec, SegmentFlow>(connection, tx, _pool, f => Data.Flows.Add(f));
        EntityRows.ReadAll<AnchorCodec, Anchor>(connection, tx, _pool, a => Data.Anchors[a.Key] = a);
        EntityRows.ReadAll<RegionPriorityCodec, RegionPriority>(connection, tx, _pool, p => Data.RegionPriorities[p.Key] = p);
        foreach (var r in Data.Regions.Values.Where(r => r.ParentCode is not null))
        {
            Children(_regionChildren, r.ParentCode!).Add(r.Code);
        }
        foreach (var g in Data.Segments.Values.Where(g => g.ParentId is not null))
        {
            Children(_segmentChildren, g.ParentId!).Add(g.Id);
        }
    }

    /// <summary>The rows read so far. Only grows.</summary>
    public GraphData Data { get; } = new();

    /// <summary>
    /// The regions whose projects have been read, each with every region below it (their sites too, unless only the
    /// projects were asked for: such a region's presence is only read after <see cref="EnsureRegion"/> has read them).
    /// </summary>
    public IReadOnlySet<string> Regions => _projectRegions;

    /// <summary>The data version of the committed state every row was read from.</summary>
    public long Version { get; }

    /// <summary>
    /// Opens the file for reading and starts the read transaction; null, with the reason, when the file cannot be
    /// read this way (no such file, an older schema, segment site lists or indexes not of this version).
    /// </summary>
    public static ScopedRows? TryOpen(string path, out string? whyNot)
    {
        whyNot = null;
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            whyNot = "there is no store file";
            return null;
        }
        try
        {
            // A log that is not this file's own would be read along with it: leave that to the full open, which refuses it.
            WriteAheadLogCheck.RequireOwnLog(path);
        }
        catch (StoreFileException e)
        {
            whyNot = e.Message;
            return null;
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = "PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536;";
                pragma.ExecuteNonQuery();
            }
            var missing = WriteAheadLogCheck.MissingWrites(path, StoreIdentity.Read(connection));
            var tx = connection.BeginTransaction(deferred: true);
            var meta = SqliteGraphFile.ReadMeta(connection, tx, "schema_version", "data_version", SqliteGraphFile.SiteListsVersionKey);
            var indexes = 0;
            using (var count = connection.CreateCommand())
            {
                count.Transaction = tx;
                count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each($names))";
                count.Parameters.AddWithValue("$names", JsonSerializer.Serialize(SecondaryIndexes.Names));
                indexes = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
            whyNot =
                missing is not null ? missing
                : meta.GetValueOrDefault("schema_version") != "2" ? "the file is of another schema version"
                : !meta.TryGetValue("data_version", out var version) ? "the file has no data version"
                : meta.GetValueOrDefault(SqliteGraphFile.SiteListsVersionKey) != version ? "its site key lists are not of its data version"
                : indexes != SecondaryIndexes.Names.Count() ? "its secondary indexes are missing"
                : null;
            if (whyNot is not null)
            {
                tx.Dispose();
                connection.Dispose();
                return null;
            }
            return new ScopedRows(connection, tx, long.Parse(meta["data_version"], CultureInfo.InvariantCulture));
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            whyNot = "SQLite: " + e.Message;
            return null;
        }
    }

    /// <summary>
    /// Reads the projects in a region (or below it) and, unless <paramref name="projectsOnly"/>, its sites with their
    /// companies. True when rows were added.
    /// </summary>
    public bool EnsureRegion(string code, bool projectsOnly = false)
    {
        if (_regions.Contains(code) || (projectsOnly && _projectRegions.Contains(code)) || !Data.Regions.ContainsKey(code))
        {
            return false;
        }
        var parameters = Ids(Subtree(_regionChildren, code));
        if (_projectRegions.Add(code))
        {
            EntityRows.ReadWhere<ProjectCodec, Project>(_connection, _tx, _pool, "region_code " + InJson, parameters, p => Data.Projects[p.Id] = p);
        }
        if (!projectsOnly)
        {
            ReadSiteLists("region_sites", "region_code", parameters);
            _regions.Add(code);
        }
        return true;
    }

    /// <summary>
    /// Reads what recruitment candidates need: the sites working in a segment (or below it), with their companies, and
    /// the customer groups (<see cref="EnsureCustomerGroups"/>). The segment's site key lists are parsed on a worker
    /// thread while the groups' rows are read on this one (each about 40 ms for a chain's root segment at 100,000
    /// companies), then both are added. True when rows were added.
    /// </summary>
    public bool EnsureSegmentAndCustomerGroups(string segmentId, IEnumerable<string> groupIds)
    {
        var lists = !_segments.Contains(segmentId) && Data.Segments.ContainsKey(segmentId)
            ? ReadListTexts("segment_sites", "segment_id", Ids(Subtree(_segmentChildren, segmentId)))
            : null;
        // The parse has a string pool of its own (this one stays with this thread): an id read both ways is held twice.
        var parse = lists is { Count: > 0 } ? Task.Run(() => Parse(lists, new Dictionary<string, string>(StringComparer.Ordinal))) : null;
        var added = EnsureCustomerGroups(groupIds);
        if (lists is null)
        {
            return added;
        }
        if (parse is not null)
        {
            AddSites(parse.GetAwaiter().GetResult());
        }
        _segments.Add(segmentId);
        return true;
    }

    /// <summary>
    /// Reads, for each group root, its companies and every supply row whose customer is one of them, with the
    /// suppliers (and their parents): what the group's supplier groups are worked out from. True when rows were added.
    /// </summary>
    private bool EnsureCustomerGroups(IEnumerable<string> groupIds)
    {
        var wanted = groupIds.Where(g => !_customerGroups.Contains(g)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return false;
        }
        const string Members = "WITH RECURSIVE members(id) AS (SELECT value FROM json_each($ids) UNION SELECT c.id FROM companies c JOIN members m ON c.parent_id = m.id)";
        var parameters = Ids(wanted);
        EntityRows.ReadColumnsWhere(_connection, _tx, _pool, "companies", CompanyKeys, "id IN (SELECT id FROM members)", parameters, CompanyKey, c => Data.Companies[c.Id] = c, Members);
        var rows = new List<Supply>();
        EntityRows.ReadColumnsWhere(_connection, _tx, _pool, "supplies", SupplyKeys, "customer_id IN (SELECT id FROM members)", parameters,
            (ref RowFieldReader r) => new Supply(r.Text("supplier_id"), r.Text("customer_id"), r.Text("segment_id") is { Length: > 0 } segment ? segment : null, null, r.Enum<SupplyConfidence>("confidence")),
            rows.Add, Members);
        EnsureCompanies(rows.Select(s => s.SupplierId).Concat(wanted));
        foreach (var supply in rows)
        {
            Data.Supplies.Set(supply);
        }
        _customerGroups.UnionWith(wanted);
        return true;
    }

    /// <summary>Reads the companies not read yet, then their parents, until every loaded company's parent is loaded or absent.</summary>
    private void EnsureCompanies(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !Data.Companies.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        while (missing.Count > 0)
        {
            var parents = new List<string>();
            EntityRows.ReadColumnsWhere(_connection, _tx, _pool, "companies", CompanyKeys, "id " + InJson, Ids(missing), CompanyKey, c =>
            {
                Data.Companies[c.Id] = c;
                if (c.ParentId is { } p)
                {
                    parents.Add(p);
                }
            });
            missing = parents.Where(id => !Data.Companies.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        }
    }

    private string Shared(string value) => _pool.Share(value);

    private static Company CompanyKey(ref RowFieldReader r) => new(r.Text("id"), "", null, null, r.Tags("tags"), r.OptionalText("parent_id"));

    private static Dictionary<string, string> Ids(IEnumerable<string> ids) => new() { ["$ids"] = JsonSerializer.Serialize(ids) };

    private static List<string> Children(Dictionary<string, List<string>> children, string parent)
    {
        if (!children.TryGetValue(parent, out var list))
        {
            children[parent] = list = [];
        }
        return list;
    }

    /// <summary>The key and every key below it (a loop in the data is walked once).</summary>
    private static List<string> Subtree(Dictionary<string, List<string>> children, string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { root };
        var order = new List<string> { root };
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var child in children.GetValueOrDefault(order[i]) ?? [])
            {
                if (seen.Add(child))
                {
                    order.Add(child);
                }
            }
        }
        return order;
    }

    public void Dispose()
    {
        _tx.Dispose();
        _connection.Dispose();
    }
}
