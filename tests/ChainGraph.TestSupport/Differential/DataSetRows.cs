using ChainGraph.Domain.Model;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// The raw rows of a data set, as the import reads them, keyed as the data set keys them. Writes made to a
/// store after the import (upserts, deleted supplies, anchors and priorities) are made here too, so that the
/// rows stay what the store holds.
/// </summary>
public sealed class DataSetRows
{
    public Dictionary<string, Region> Regions { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<string, Chain> Chains { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<string, Segment> Segments { get; private init; } = new(StringComparer.Ordinal);
    public HashSet<SegmentFlow> Flows { get; private init; } = [];
    public Dictionary<string, Company> Companies { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<string, Site> Sites { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<SupplyKey, Supply> Supplies { get; private init; } = [];
    public Dictionary<string, Project> Projects { get; private init; } = new(StringComparer.Ordinal);
    public Dictionary<AnchorKey, Anchor> Anchors { get; private init; } = [];
    public Dictionary<RegionPriorityKey, RegionPriority> RegionPriorities { get; private init; } = [];

    /// <summary>Reads a data set folder with the import's reader; the folder must read without a problem.</summary>
    public static DataSetRows Read(string folder)
    {
        var draft = DataSetReader.ReadFolder(folder);
        if (draft.Problems.Count > 0)
        {
            throw new InvalidOperationException($"data set {folder} does not read cleanly: {draft.Problems[0]}");
        }
        var rows = new DataSetRows();
        foreach (var r in draft.Regions) rows.Regions[r.Value.Code] = r.Value;
        foreach (var c in draft.Chains) rows.Chains[c.Value.Id] = c.Value;
        foreach (var s in draft.Segments) rows.Segments[s.Value.Id] = s.Value;
        foreach (var f in draft.Flows) rows.Flows.Add(f.Value);
        foreach (var c in draft.Companies) rows.Upsert(c.Value);
        foreach (var s in draft.Sites) rows.Upsert(s.Value);
        foreach (var s in draft.Supplies) rows.Upsert(s.Value);
        foreach (var p in draft.Projects) rows.Upsert(p.Value);
        foreach (var a in draft.Anchors) rows.Upsert(a.Value);
        foreach (var p in draft.RegionPriorities) rows.Upsert(p.Value);
        return rows;
    }

    public void Upsert(Company company) => Companies[company.Id] = company;

    public void Upsert(Site site) => Sites[site.Id] = site with { SegmentIds = site.SegmentIds.Distinct(StringComparer.Ordinal).ToArray() };

    public void Upsert(Supply supply) => Supplies[supply.Key] = supply;

    public void Upsert(Project project) => Projects[project.Id] = project;

    public void Upsert(Anchor anchor) => Anchors[anchor.Key] = anchor;

    public void Upsert(RegionPriority priority) => RegionPriorities[priority.Key] = priority;

    public bool Delete(SupplyKey key) => Supplies.Remove(key);

    public bool Delete(AnchorKey key) => Anchors.Remove(key);

    public bool Delete(RegionPriorityKey key) => RegionPriorities.Remove(key);

    /// <summary>
    /// The same rows with some sites added (a what-if): the sites are a new collection, every other
    /// collection is shared with these rows, so the copy must not be written to.
    /// </summary>
    public DataSetRows WithSites(IEnumerable<Site> added)
    {
        var sites = new Dictionary<string, Site>(Sites, StringComparer.Ordinal);
        foreach (var site in added)
        {
            sites.Add(site.Id, site);
        }
        return new DataSetRows
        {
            Regions = Regions, Chains = Chains, Segments = Segments, Flows = Flows, Companies = Companies, Sites = sites,
            Supplies = Supplies, Projects = Projects, Anchors = Anchors, RegionPriorities = RegionPriorities,
        };
    }
}
