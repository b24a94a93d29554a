namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// A generated data set (with <see cref="DataSetExtras"/>) in a folder, its rows and the oracle over them.
/// The generator itself lives in the server (the <c>chaingraph generate</c> verb), so a test project passes it in.
/// </summary>
public sealed class DiffDataSet : IDisposable
{
    private readonly TempFolder _folder = new();

    public DiffDataSet(int companies, int seed, Action<int, int, string> generate)
    {
        Companies = companies;
        Seed = seed;
        Folder = _folder.File("data");
        generate(companies, seed, Folder);
        DataSetExtras.AddTo(Folder);
        Oracle = new NaiveOracle(DataSetRows.Read(Folder));
    }

    public int Companies { get; }
    public int Seed { get; }
    public string Folder { get; }
    public NaiveOracle Oracle { get; }
    public DataSetRows Rows => Oracle.Rows;

    /// <summary>How to make it again: <c>chaingraph generate --companies N --out DIR --seed S</c>, then the extras.</summary>
    public string Name => $"generated data set ({Companies} companies, seed {Seed}, plus DataSetExtras; chaingraph generate --companies {Companies} --seed {Seed})";

    public override string ToString() => Name;

    /// <summary>
    /// Fails unless the rows hold what the rules are about: group trees (some three deep), anchors (some only
    /// through their group), supplies from another group's subsidiary to an anchor's group and inside an anchor's
    /// group, sites naming only a parent segment, live projects, and more than ten equally short paths.
    /// </summary>
    public void AssertHasTheCasesTheRulesNeed()
    {
        var o = Oracle;
        var withParent = Rows.Companies.Values.Count(c => c.ParentId is not null);
        var deep = Rows.Companies.Values.Count(c => c.ParentId is { } p && Rows.Companies[p].ParentId is not null);
        var anchorGroups = Rows.Companies.Keys.Where(o.IsAnchor).Select(o.GroupOf).ToHashSet(StringComparer.Ordinal);
        var inherited = Rows.Companies.Values.Count(c => (c.Tags & Domain.Model.CompanyTags.Anchor) == 0 && o.IsAnchor(c.Id));
        var fromSubsidiaries = Rows.Supplies.Values.Count(s =>
            Rows.Companies[s.SupplierId].ParentId is not null && anchorGroups.Contains(o.GroupOf(s.CustomerId)) && o.GroupOf(s.SupplierId) != o.GroupOf(s.CustomerId));
        var insideAnchorGroups = Rows.Supplies.Values.Count(s => anchorGroups.Contains(o.GroupOf(s.CustomerId)) && o.GroupOf(s.SupplierId) == o.GroupOf(s.CustomerId));
        var parentOnly = Rows.Sites.Values.Count(s => s.SegmentIds.All(id => !o.IsLeaf(id)));
        var live = Rows.Projects.Values.Count(p => NaiveOracle.IsLive(p.Status));
        var facts = $"{withParent} companies in groups, {deep} three deep, {anchorGroups.Count} anchor groups, {inherited} anchors through their group, "
            + $"{fromSubsidiaries} supplies from a subsidiary to another anchor group, {insideAnchorGroups} inside an anchor group, "
            + $"{parentOnly} sites naming only parent segments, {live} live projects";
        Assert.True(withParent > Companies / 50 && deep > 0 && anchorGroups.Count > 2 && inherited > 0 && fromSubsidiaries > 0
            && insideAnchorGroups > 0 && parentOnly > 0 && live > Companies / 100, $"{Name} lacks cases the rules need: {facts}");
        Assert.True(o.Paths(DataSetExtras.ManyPathsFrom, DataSetExtras.ManyPathsTo).Count == NaiveOracle.MaxPaths, "the extras should give more than ten equally short paths");
    }

    public void Dispose() => _folder.Dispose();
}
