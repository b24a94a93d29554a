using System.Diagnostics;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded;
using ChainGraph.TestSupport;

namespace ChainGraph.Server.Tests.Cli;

/// <summary>
/// An import killed with SIGKILL leaves the store as it was; one killed just after it committed keeps
/// everything. The import runs in a child process; the test kills it and re-opens the file.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TempFolder _data = new();

    private string Db => _folder.File("cg.db");

    [Fact]
    public async Task An_import_killed_midway_leaves_the_store_as_it_was()
    {
        var before = await ImportFixtureAsync();
        new Generate.SyntheticDataSet(20_000, seed: 3).WriteTo(_data.Path);
        var after = (GraphStats?)null;
        var delays = new[] { 0, 50, 150, 300, 600, 900 };
        var outcomes = new List<string>();
        foreach (var delay in delays)
        {
            // the store must hold exactly the fixture, or the fixture plus the whole data set
            var stats = await KillImportAsync(delay, waitFor: "validated");
            if (stats != before)
            {
                after ??= stats;
                Assert.Equal(after, stats);
                Assert.Equal(before.Companies + 20_000, stats.Companies);
            }
            outcomes.Add(stats == before ? "before" : "after");
            if (stats != before)
            {
                // start again from the fixture alone for the next round
                foreach (var file in new[] { Db, Db + "-wal", Db + "-shm" })
                {
                    File.Delete(file);
                }
                before = await ImportFixtureAsync();
            }
        }
        Assert.Contains("before", outcomes); // at least one kill landed inside the write
    }

    [Fact]
    public async Task A_first_import_into_a_new_store_killed_midway_leaves_it_empty_and_usable()
    {
        // the first large write into a new store goes through SQLite's rollback journal, and starts while the data set is validated
        new Generate.SyntheticDataSet(20_000, seed: 5).WriteTo(_data.Path);
        var outcomes = new List<string>();
        foreach (var delay in new[] { 0, 100, 300, 600, 1_000 })
        {
            foreach (var file in new[] { Db, Db + "-wal", Db + "-shm", Db + "-journal", Db + "-state" })
            {
                File.Delete(file);
            }
            var stats = await KillImportAsync(delay, waitFor: "read ");
            Assert.True(stats.Companies is 0 or 20_000, $"{stats.Companies} companies after a kill {delay} ms into the write");
            outcomes.Add(stats.Companies == 0 ? "before" : "after");
            Assert.Equal("wal", JournalMode());
            Assert.False(HotJournalLeft(), "a journal with pages to roll back is left after the store was opened again");
        }
        Assert.Contains("before", outcomes);

        // the store left by the last kill takes the import
        var again = await Chaingraph.RunAsync("import", _data.Path, "--db", Db, "--replace");
        Assert.True(again.Exit == 0, again.Err);
        using var store = EmbeddedGraphStore.Open(Db);
        Assert.Equal(20_000, (await store.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task An_import_killed_right_after_its_commit_is_kept()
    {
        var before = await ImportFixtureAsync();
        new Generate.SyntheticDataSet(2_000, seed: 4).WriteTo(_data.Path);
        var stats = await KillImportAsync(0, waitFor: "committed");
        Assert.Equal(before.Companies + 2_000, stats.Companies);
        Assert.True(stats.Sites > before.Sites + 2_000);
    }

    /// <summary>
    /// Whether a rollback journal that SQLite would play back is left beside the store. A kill between SQLite creating
    /// the journal and writing its first byte leaves an empty file, which SQLite rightly ignores (a journal is hot only
    /// when its first byte is not zero) and does not delete; anything else must have been rolled back and removed when
    /// the store was opened again.
    /// </summary>
    private bool HotJournalLeft()
    {
        var journal = Db + "-journal";
        if (!File.Exists(journal))
        {
            return false;
        }
        using var file = File.OpenRead(journal);
        return file.ReadByte() is not (-1 or 0);
    }

    private async Task<GraphStats> ImportFixtureAsync()
    {
        var r = await Chaingraph.RunAsync("import", Repo.Fixture("mini"), "--db", Db);
        Assert.True(r.Exit == 0, r.Err);
        using var store = EmbeddedGraphStore.Open(Db);
        return await store.GetStatsAsync();
    }

    private async Task<GraphStats> KillImportAsync(int delayMs, string waitFor)
    {
        using var process = Process.Start(Chaingraph.StartInfo("import", _data.Path, "--db", Db))!;
        _ = process.StandardError.ReadToEndAsync();
        string? line;
        // the first progress line starting with waitFor ("read " for "read 123 rows")
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith(waitFor, StringComparison.Ordinal))
        {
        }
        if (delayMs > 0)
        {
            await Task.Delay(delayMs);
        }
        process.Kill(entireProcessTree: true); // SIGKILL on Linux
        await process.WaitForExitAsync();
        using var store = EmbeddedGraphStore.Open(Db);
        return await store.GetStatsAsync();
    }

    private string JournalMode()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }
}
