using ChainGraph.Domain;
using ChainGraph.Domain.Lookup;
using ChainGraph.Import;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests.Lookup;

/// <summary>Names to ids on the mini fixture: exact ids, names, region names without their suffix, unique prefixes, suggestions.</summary>
public sealed class IdLookupTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private EmbeddedGraphStore? _store;

    private IdLookup Lookup => new(_store!);

    public async ValueTask InitializeAsync()
    {
        _store = EmbeddedGraphStore.Open(_folder.File("cg.db"));
        Assert.True((await DataSetImporter.RunAsync(Repo.Fixture("mini"), _store, false, true)).Succeeded);
    }

    public ValueTask DisposeAsync()
    {
        _store?.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Theory]
    [InlineData(LookupKind.Region, "441200", "441200")]
    [InlineData(LookupKind.Region, "肇庆市", "441200")]
    [InlineData(LookupKind.Region, "肇庆", "441200")] // 肇庆市 without 市 is its name; 肇庆高新区 only starts with it
    [InlineData(LookupKind.Region, "zhaoqing", "441200")]
    [InlineData(LookupKind.Segment, "隔膜", "es-separator")]
    [InlineData(LookupKind.Segment, "Separator", "es-separator")]
    [InlineData(LookupKind.Company, "恩捷股份", "semcorp")]
    [InlineData(LookupKind.Company, "恩捷", "semcorp")]
    [InlineData(LookupKind.Chain, "新型储能", "es")]
    public async Task A_name_or_a_unique_prefix_resolves_to_its_id(LookupKind kind, string text, string id) =>
        Assert.Equal(id, await Lookup.ResolveAsync(kind, text, "arg"));

    [Fact]
    public async Task An_ambiguous_prefix_is_bad_input_listing_the_candidates()
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Lookup.ResolveAsync(LookupKind.Company, "星源", "--from").AsTask());
        Assert.Equal(ErrorCodes.BadInput, e.Code);
        Assert.Equal(["senior", "senior-hk"], e.Suggestions);
        Assert.StartsWith("--from: '星源' names 2 companies (senior 星源材质, senior-hk 星源香港)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_not_found_with_the_closest_ids()
    {
        var e = await Assert.ThrowsAsync<BadArgumentException>(() => Lookup.ResolveAsync(LookupKind.Segment, "es-seperator", "segmentId").AsTask());
        Assert.Equal(ErrorCodes.NotFound, e.Code);
        Assert.Equal("es-separator", e.Suggestions[0]);
        Assert.Contains("did you mean es-separator 隔膜", e.Message, StringComparison.Ordinal);
        var none = await Assert.ThrowsAsync<BadArgumentException>(() => Lookup.ResolveAsync(LookupKind.Region, "zzzzzzzzzz", "regionCode").AsTask());
        Assert.Empty(none.Suggestions);
    }

    [Fact]
    public async Task Search_finds_every_kind_best_match_first()
    {
        var hits = await Lookup.SearchAsync("肇庆");
        Assert.Equal((LookupKind.Region, "441200"), (hits[0].Kind, hits[0].Id));
        Assert.Contains(hits, h => h.Kind == LookupKind.Company && h.NameZh!.StartsWith("肇庆", StringComparison.Ordinal));
        Assert.Empty(await Lookup.SearchAsync("   "));
    }
}
