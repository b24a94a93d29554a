using ChainGraph.Import;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;

namespace ChainGraph.GraphSeed.Tests;

/// <summary>What `validate graph-seed` and `import graph-seed` (twice, and with --replace) do on fresh stores.</summary>
public sealed class SeedImportTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Validating_against_an_empty_store_finds_no_problem_and_writes_nothing()
    {
        using var store = EmbeddedGraphStore.Open(_folder.File("validate.db"));
        var result = await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: false, apply: false);
        Expect.None(result.Problems.Select(p => p.ToString()), "problem(s) reported by validate graph-seed");
        var dataLines = Directory.EnumerateFiles(Repo.GraphSeed, "*.csv").Sum(f => File.ReadLines(f).Count(l => l.Length > 0) - 1);
        Assert.Equal(dataLines, result.Rows);
        Assert.False(result.Applied);
        Assert.Equal(0, (await store.GetStatsAsync()).Regions);
    }

    [Fact]
    public async Task Importing_again_or_with_replace_leaves_the_same_graph()
    {
        using var store = EmbeddedGraphStore.Open(_folder.File("import.db"));
        Assert.True((await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: false, apply: true)).Succeeded, "first import failed");
        var first = await store.GetStatsAsync();
        Assert.True((await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: false, apply: true)).Succeeded, "second import failed");
        Assert.Equal(first, await store.GetStatsAsync());
        Assert.True((await DataSetImporter.RunAsync(Repo.GraphSeed, store, replace: true, apply: true)).Succeeded, "import with replace failed");
        Assert.Equal(first, await store.GetStatsAsync());
    }

    public void Dispose() => _folder.Dispose();
}
