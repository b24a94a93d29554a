using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Cli;

/// <summary><c>chaingraph backup --to FILE</c> on a store that another process keeps writing to.</summary>
public sealed class BackupTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("cg.db");

    [Fact]
    public async Task A_backup_taken_during_writes_is_a_whole_store_at_one_version()
    {
        Assert.Equal(0, (await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db)).Exit);
        using var writer = EmbeddedGraphStore.Open(Db);
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                await writer.ApplyAsync(new ChangeSet { Companies = [new Company($"w{i:D5}", "写入" + i, null, null, CompanyTags.None, null)] });
            }
        });
        var backup = _folder.File("backup/cg-backup.db");
        var result = await Chaingraph.RunAsync("backup", "--to", backup, "--db", Db);
        await stop.CancelAsync();
        await writes;

        Assert.True(result.Exit == 0, result.Err);
        Assert.Contains("data version", result.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(backup + "-wal"), "the backup is one file");
        using var copy = EmbeddedGraphStore.Open(backup);
        Assert.Empty(copy.OpenWarnings); // the copied image verifies: rows and image are of one version
        var stats = await copy.GetStatsAsync();
        var ids = Enumerable.Range(0, stats.Companies).Select(i => $"w{i:D5}").ToList();
        var written = (await copy.GetCompaniesAsync(ids)).Count;
        Assert.Equal(15 + written, stats.Companies);
        Assert.Equal(written, (await copy.GetCompaniesAsync(Enumerable.Range(0, written).Select(i => $"w{i:D5}").ToList())).Count); // no gap: a prefix of the writes
    }

    [Fact]
    public async Task A_backup_never_overwrites_and_needs_a_store()
    {
        Assert.Equal(0, (await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db)).Exit);
        var existing = _folder.Write("taken.db", "x");
        var refused = await Chaingraph.RunAsync("backup", "--to", existing, "--db", Db);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("never overwrites", refused.Err, StringComparison.Ordinal);
        Assert.Equal("x", await File.ReadAllTextAsync(existing));

        var missing = await Chaingraph.RunAsync("backup", "--to", _folder.File("b.db"), "--db", _folder.File("nope/cg.db"));
        Assert.Equal(2, missing.Exit);
        Assert.Contains("there is no store", missing.Err, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
