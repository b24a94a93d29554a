using ChainGraph.Domain.Model;
using ChainGraph.Import;

namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// The raw rows of a data set, as the import reads them, keyed as the data set keys them. Writes made to a
/// store after the import (upserts, deleted supplies) are made here too, so that the rows stay what the
/// store holds.
/// </summary>
public sealed class DataSetRows
{
    public Dictionary<string, Region> Regions { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Chain> Chains { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Segment> Segments { get; } = new(StringComparer.Ordinal);
    public HashSet<SegmentFlow> Flows { get; } = [];
    public Dictionary<string, Company> Companies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Site> Sites { get; } = new(StringComparer.Ordinal);
    public Dictionary<SupplyKey, Supply> Supplies { get; } = [];
    public Dictionary<string, Project> Projects { get; } = new(StringComparer.Ordinal);

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
        return rows;
    }

    public void Upsert(Company company) => Companies[company.Id] = company;

    public void Upsert(Site site) => Sites[site.Id] = site with { SegmentIds = site.SegmentIds.Distinct(StringComparer.Ordinal).ToArray() };

    public void Upsert(Supply supply) => Supplies[supply.Key] = supply;

    public void Upsert(Project project) => Projects[project.Id] = project;

    public bool Delete(SupplyKey key) => Supplies.Remove(key);
}
