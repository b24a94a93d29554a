using ChainGraph.Domain.Model;

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
    /// Fails unless the rows hold what the rules are about: group trees (some three deep, some spread over several
    /// regions), anchors by tag and by chain (some only through their group, some of one chain only), supplies from
    /// another group's subsidiary to an anchor's group and inside an anchor's group, in every confidence (and
    /// without one), sites naming only a parent segment, live projects (some without an amount), declared
    /// priorities, and more than ten equally short paths.
    /// </summary>
    public void AssertHasTheCasesTheRulesNeed()
    {
        var o = Oracle;
        var companies = Rows.Companies.Values;
        var withParent = companies.Count(c => c.ParentId is not null);
        var deep = companies.Count(c => c.ParentId is { } p && Rows.Companies[p].ParentId is not null);
        var anchorGroups = Rows.Companies.Keys.Where(o.IsAnchorOfAnyChain).Select(o.GroupOf).ToHashSet(StringComparer.Ordinal);
        var tagged = companies.Count(c => (c.Tags & CompanyTags.Anchor) != 0);
        var withRows = Rows.Anchors.Keys.Select(a => a.CompanyId).ToHashSet(StringComparer.Ordinal);
        var parents = companies.Where(c => c.ParentId is not null).Select(c => c.ParentId!).ToHashSet(StringComparer.Ordinal);
        var inherited = companies.Count(c => (c.Tags & CompanyTags.Anchor) == 0 && !withRows.Contains(c.Id) && o.IsAnchorOfAnyChain(c.Id));
        var parentRows = Rows.Anchors.Keys.Count(a => parents.Contains(a.CompanyId));
        var oneChainOnly = Rows.Companies.Keys.Count(c => o.IsAnchorOfAnyChain(c) && Rows.Chains.Keys.Any(x => !o.IsAnchorOf(c, x)));
        var fromSubsidiaries = Rows.Supplies.Values.Count(s =>
            Rows.Companies[s.SupplierId].ParentId is not null && anchorGroups.Contains(o.GroupOf(s.CustomerId)) && o.GroupOf(s.SupplierId) != o.GroupOf(s.CustomerId));
        var insideAnchorGroups = Rows.Supplies.Values.Count(s => anchorGroups.Contains(o.GroupOf(s.CustomerId)) && o.GroupOf(s.SupplierId) == o.GroupOf(s.CustomerId));
        var confidences = Rows.Supplies.Values.Select(s => s.Confidence).Distinct().Count();
        var spread = Rows.Sites.Values.GroupBy(s => o.GroupOf(s.CompanyId), StringComparer.Ordinal)
            .Count(g => g.Select(s => s.CompanyId).Distinct(StringComparer.Ordinal).Count() > 1 && g.Select(s => s.RegionCode).Distinct(StringComparer.Ordinal).Count() > 1);
        var parentOnly = Rows.Sites.Values.Count(s => s.SegmentIds.All(id => !o.IsLeaf(id)));
        var live = Rows.Projects.Values.Count(p => NaiveOracle.IsLive(p.Status));
        var undisclosed = Rows.Projects.Values.Count(p => p.InvestmentYuan is null && NaiveOracle.IsLive(p.Status));
        var facts = $"{withParent} companies in groups, {deep} three deep, {spread} groups in several regions, {anchorGroups.Count} anchor groups, "
            + $"{tagged} tagged anchors, {Rows.Anchors.Count} anchor rows ({parentRows} on group parents), {inherited} anchors through their group only, "
            + $"{oneChainOnly} anchors of some chains only, {fromSubsidiaries} supplies from a subsidiary to another anchor group, "
            + $"{insideAnchorGroups} inside an anchor group, {confidences} confidences, {parentOnly} sites naming only parent segments, "
            + $"{live} live projects ({undisclosed} without an amount), {Rows.RegionPriorities.Count} region priorities";
        Assert.True(
            withParent > Companies / 50 && deep > 0 && spread > Companies / 200 && anchorGroups.Count > 2 && tagged > 0 && parentRows > 0
            && inherited > 0 && oneChainOnly > 0 && fromSubsidiaries > 0 && insideAnchorGroups > 0 && confidences == 3 && parentOnly > 0
            && live > Companies / 100 && undisclosed > 0 && Rows.RegionPriorities.Count > 0,
            $"{Name} lacks cases the rules need: {facts}");
        Assert.True(o.Paths(DataSetExtras.ManyPathsFrom, DataSetExtras.ManyPathsTo).Count == NaiveOracle.MaxPaths, "the extras should give more than ten equally short paths");
    }

    public void Dispose() => _folder.Dispose();
}
