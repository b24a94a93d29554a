using ChainGraph.Domain.Model;
using ChainGraph.Import;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Tests.Sqlite;
using ChainGraph.TestSupport;

namespace ChainGraph.Store.Embedded.Tests;

/// <summary>
/// A staged write (the importer's rows written while it validates them): committed, it is an ordinary write;
/// abandoned, nothing of it is kept, in the snapshot or in the file; meanwhile no other write gets in.
/// </summary>
public sealed class StagedWriteTests : IDisposable
{
    // more rows than a write needs to start writing them at once, on a worker thread
    private const int Large = 25_000;

    private readonly TempFolder _folder = new();
    private readonly TempFolder _data = new();

    private string DbPath => _folder.File("cg.db");

    [Theory]
    [InlineData(3)]
    [InlineData(Large)]
    public async Task A_committed_staged_write_is_kept_and_read_back(int companies)
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            using var staged = await store.StageAsync(new ChangeSet { Companies = Companies(companies) });
            Assert.Equal(0, (await store.GetStatsAsync()).Companies); // not seen before the commit
            await staged.CommitAsync();
            Assert.Equal(companies, (await store.GetStatsAsync()).Companies);
            await store.ApplyAsync(new ChangeSet { Companies = [Company("after")] });
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(companies + 1, (await reopened.GetStatsAsync()).Companies);
        Assert.Empty(reopened.OpenWarnings);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(Large)]
    public async Task An_abandoned_staged_write_keeps_nothing_and_lets_the_next_write_in(int companies)
    {
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });
            using (await store.StageAsync(new ChangeSet { Companies = Companies(companies) }))
            {
            }
            Assert.Equal(1, (await store.GetStatsAsync()).Companies);
            await store.ApplyAsync(new ChangeSet { Companies = [Company("next")] });
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(["kept", "next"], (await reopened.GetCompaniesAsync(["kept", "next", "c000000"])).Keys.Order());
        Assert.Equal(2, (await reopened.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task Another_write_waits_until_the_staged_write_is_committed()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        var staged = await store.StageAsync(new ChangeSet { Companies = Companies(Large) });
        var other = store.ApplyAsync(new ChangeSet { Companies = [Company("c000001")], Sites = [] }).AsTask();
        // the other write cannot finish while the staged one holds the store's write lock, however long this waits
        await Task.Delay(200);
        Assert.False(other.IsCompleted);

        await staged.CommitAsync();
        await other;
        staged.Dispose(); // after a commit, disposing does nothing

        // the other write came second: its row replaced the staged one of the same key
        Assert.Equal("公司c000001", (await store.GetCompaniesAsync(["c000001"]))["c000001"].NameZh);
        Assert.Equal(Large, (await store.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task A_staged_write_after_another_process_wrote_keeps_both_writes()
    {
        using var store = EmbeddedGraphStore.Open(DbPath);
        using (var other = EmbeddedGraphStore.Open(DbPath))
        {
            await other.ApplyAsync(new ChangeSet { Companies = [Company("theirs")] });
        }

        using (var staged = await store.StageAsync(new ChangeSet { Companies = Companies(Large) }))
        {
            await staged.CommitAsync();
        }

        Assert.Equal(Large + 1, (await store.GetStatsAsync()).Companies);
        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(Large + 1, (await reopened.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task An_import_that_breaks_a_rule_in_its_last_file_writes_nothing_although_its_rows_were_staged()
    {
        var data = _data.Path;
        _data.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, Large).Select(i => $"c{i:D6},公司{i}\n")));
        // the last file read refers to a company nobody defines
        _data.Write("supplies.csv", "supplier_id,customer_id\nc000001,c000002\nc000003,nobody\n");
        using var store = EmbeddedGraphStore.Open(DbPath);
        await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });

        var result = await DataSetImporter.RunAsync(data, store, replace: true, apply: true);

        Assert.False(result.Applied);
        Assert.Contains(result.Problems, p => p.File == "supplies.csv" && p.ToString().Contains("nobody", StringComparison.Ordinal));
        Assert.Equal(1, (await store.GetStatsAsync()).Companies);
        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(["kept"], (await reopened.GetCompaniesAsync(["kept", "c000001"])).Keys);

        // mended, the same folder goes in
        _data.Write("supplies.csv", "supplier_id,customer_id\nc000001,c000002\n");
        var mended = await DataSetImporter.RunAsync(data, store, replace: true, apply: true);
        Assert.True(mended.Applied);
        Assert.Equal((Large, 1), ((await store.GetStatsAsync()).Companies, (await store.GetStatsAsync()).Supplies));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_staged_in_two_parts_is_the_write_of_the_whole(bool largeFirst)
    {
        // a first part too small to start writing at once leaves the whole write to the extension
        var chain = new Chain("es", "储能", null);
        var first = largeFirst ? new ChangeSet { Companies = Companies(Large) } : new ChangeSet { Chains = [chain] };
        var whole = first with { Chains = [chain], Companies = Companies(Large), Supplies = Supplies(Large) };
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            using var staged = await store.StageFirstAsync(first);
            staged.Extend(whole);
            Assert.Equal(0, (await store.GetStatsAsync()).Companies); // not seen before the commit
            await staged.CommitAsync();
            Assert.Equal((Large, Large), Counts(await store.GetStatsAsync()));
            // the secondary indexes were dropped for the rows (a large write) and built again after the last of them
            Assert.Equal(
                SecondaryIndexes.Names.Count(),
                StoreSql.Scalar(DbPath, $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ({string.Join(", ", SecondaryIndexes.Names.Select(n => $"'{n}'"))})"));
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal((Large, Large), Counts(await reopened.GetStatsAsync()));
        Assert.Empty(reopened.OpenWarnings);
        // the rows themselves, not only the graph image: one-shot questions read them
        Assert.Equal(Large, Rows("supplies"));
        Assert.Equal(Large, Rows("companies"));
        Assert.Equal(1, Rows("chains"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_write_staged_in_two_parts_and_abandoned_keeps_nothing(bool extended)
    {
        var first = new ChangeSet { Companies = Companies(Large) };
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });
            using (var staged = await store.StageFirstAsync(first))
            {
                if (extended)
                {
                    staged.Extend(first with { Supplies = Supplies(Large) });
                }
            }
            Assert.Equal((1, 0), Counts(await store.GetStatsAsync()));
            await store.ApplyAsync(new ChangeSet { Companies = [Company("next")] });
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal((2, 0), Counts(await reopened.GetStatsAsync()));
        Assert.Equal(2, Rows("companies"));
    }

    [Fact]
    public async Task A_write_staged_in_parts_is_extended_once_with_the_rows_it_staged_before_it_is_committed()
    {
        var first = new ChangeSet { Companies = Companies(Large) };
        using var store = EmbeddedGraphStore.Open(DbPath);
        using (var staged = await store.StageFirstAsync(first))
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => staged.CommitAsync().AsTask());
            var other = Assert.Throws<ArgumentException>(() => staged.Extend(new ChangeSet { Companies = Companies(Large - 1) }));
            Assert.Contains("companies", other.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => staged.Extend(first with { ReplaceAll = true }));
            staged.Extend(first);
            Assert.Throws<InvalidOperationException>(() => staged.Extend(first));
            await staged.CommitAsync();
        }
        using (var whole = await store.StageAsync(new ChangeSet { Companies = [Company("one")] }))
        {
            Assert.Throws<InvalidOperationException>(() => whole.Extend(ChangeSet.Empty));
        }
        await Assert.ThrowsAsync<ArgumentException>(() => store.StageFirstAsync(new ChangeSet { DeletedSupplies = [new SupplyKey("a", "b", null)] }).AsTask());
        Assert.Equal(Large, (await store.GetStatsAsync()).Companies);
    }

    [Fact]
    public async Task An_import_with_a_bad_row_in_a_file_read_after_its_companies_writes_nothing_although_they_were_staged()
    {
        var data = _data.Path;
        _data.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, Large).Select(i => $"c{i:D6},公司{i}\n")));
        // a cell that does not parse, in a file read after the companies were staged
        _data.Write("supplies.csv", "supplier_id,customer_id,confidence\nc000001,c000002,REPORTED\nc000003,c000004,SURE\n");
        using var store = EmbeddedGraphStore.Open(DbPath);
        await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });

        var result = await DataSetImporter.RunAsync(data, store, replace: true, apply: true);

        Assert.False(result.Applied);
        Assert.Contains(result.Problems, p => p.File == "supplies.csv" && p.Line == 3 && p.Field == "confidence");
        Assert.Equal((1, 0), Counts(await store.GetStatsAsync()));
        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(["kept"], (await reopened.GetCompaniesAsync(["kept", "c000001"])).Keys);
        Assert.Equal(1, Rows("companies"));

        // mended, the same folder goes in, its companies staged while its supplies are read
        _data.Write("supplies.csv", "supplier_id,customer_id,confidence\nc000001,c000002,REPORTED\nc000003,c000004,UNVERIFIED\n");
        var mended = await DataSetImporter.RunAsync(data, store, replace: true, apply: true);
        Assert.True(mended.Applied);
        Assert.Equal((Large, 2), Counts(await store.GetStatsAsync()));
        Assert.Equal(2, Rows("supplies"));
    }

    [Fact]
    public async Task An_import_reads_while_its_store_is_still_being_opened_and_stages_once_it_is_open()
    {
        _data.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, Large).Select(i => $"c{i:D6},公司{i}\n")));
        _data.Write("supplies.csv", "supplier_id,customer_id\nc000001,c000002\n");
        var opening = new TaskCompletionSource<Domain.Store.IGraphStore>(TaskCreationOptions.RunContinuationsAsynchronously);

        var import = DataSetImporter.RunAsync(_data.Path, null, opening.Task, replace: false, apply: true);
        await Task.Delay(100);
        Assert.False(import.IsCompleted); // it cannot stage, validate or write without its store
        using var store = EmbeddedGraphStore.Open(DbPath);
        opening.SetResult(store);
        var result = await import;

        Assert.True(result.Applied);
        Assert.Equal((Large, 1), Counts(await store.GetStatsAsync()));
        Assert.Equal(Large, Rows("companies"));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_fails_the_import_with_its_own_error_unless_the_folder_fails_first()
    {
        _data.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, Large).Select(i => $"c{i:D6},公司{i}\n")));
        var failed = Task.FromException<Domain.Store.IGraphStore>(new Domain.Store.StoreUnavailableException("the store file is damaged"));

        var error = await Assert.ThrowsAsync<Domain.Store.StoreUnavailableException>(() => DataSetImporter.RunAsync(_data.Path, null, failed, replace: false, apply: true));
        Assert.Equal("the store file is damaged", error.Message);
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => DataSetImporter.RunAsync(Path.Combine(_data.Path, "none"), null, failed, replace: false, apply: true));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Rows_added_while_the_rest_is_read_are_written_and_kept_only_with_the_commit(bool commit)
    {
        var first = new ChangeSet { Companies = Companies(Large) };
        var supplies = new ChangeSet { Supplies = Supplies(Large) };
        var whole = first with { Supplies = supplies.Supplies, Chains = [new Chain("es", "储能", null)] };
        using (var store = EmbeddedGraphStore.Open(DbPath))
        {
            await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });
            using (var staged = await store.StageFirstAsync(first))
            {
                // a table's rows may come in several parts (a file in batches as it is read)
                staged.Add(new ChangeSet { Supplies = supplies.Supplies.Take(1000).ToArray() });
                staged.Add(new ChangeSet { Supplies = supplies.Supplies.Skip(1000).ToArray() });
                // a replacement and a deletion are not rows to add
                Assert.Throws<ArgumentException>(() => staged.Add(new ChangeSet { ReplaceAll = true, Chains = whole.Chains }));
                Assert.Throws<ArgumentException>(() => staged.Add(new ChangeSet { DeletedSupplies = [new SupplyKey("a", "b", null)] }));
                // the whole change set must hold the rows added, no more and no fewer
                Assert.Throws<ArgumentException>(() => staged.Extend(first with { Supplies = Supplies(Large - 1) }));
                Assert.Throws<ArgumentException>(() => staged.Extend(first with { Supplies = [.. supplies.Supplies, new Supply("c000001", "c000003", null, null)] }));
                staged.Extend(whole);
                Assert.Throws<InvalidOperationException>(() => staged.Add(new ChangeSet { Chains = whole.Chains }));
                if (commit)
                {
                    await staged.CommitAsync();
                }
            }
            Assert.Equal(commit ? (Large + 1, Large) : (1, 0), Counts(await store.GetStatsAsync()));
        }

        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal(commit ? (Large + 1, Large) : (1, 0), Counts(await reopened.GetStatsAsync()));
        // the added rows are in the file: the extension left their table to the part that brought it
        Assert.Equal(commit ? Large : 0, Rows("supplies"));
        Assert.Equal(commit ? 1 : 0, Rows("chains"));
    }

    [Fact]
    public async Task A_large_file_staged_in_batches_as_it_is_read_goes_in_whole_or_not_at_all()
    {
        const int SupplyRows = 70_000; // more than one batch of a file read after the key files
        _data.Write("companies.csv", "id,name_zh\n" + string.Concat(Enumerable.Range(0, Large).Select(i => $"c{i:D6},公司{i}\n")));
        var supplies = string.Concat(Enumerable.Range(0, SupplyRows).Select(i => $"c{i % Large:D6},c{((i % Large) + 1 + (i / Large)) % Large:D6}\n"));
        // the last row, read after the first batches were staged, names a company nobody defines
        _data.Write("supplies.csv", "supplier_id,customer_id\n" + supplies + "c000001,nobody\n");
        using var store = EmbeddedGraphStore.Open(DbPath);
        await store.ApplyAsync(new ChangeSet { Companies = [Company("kept")] });

        var broken = await DataSetImporter.RunAsync(_data.Path, store, replace: false, apply: true);

        Assert.False(broken.Applied);
        Assert.Equal((1, 0), Counts(await store.GetStatsAsync()));
        Assert.Equal(0, Rows("supplies"));

        _data.Write("supplies.csv", "supplier_id,customer_id\n" + supplies);
        var mended = await DataSetImporter.RunAsync(_data.Path, store, replace: false, apply: true);

        Assert.True(mended.Applied);
        Assert.Equal((Large + 1, SupplyRows), Counts(await store.GetStatsAsync()));
        Assert.Equal(SupplyRows, Rows("supplies"));
        using var reopened = EmbeddedGraphStore.Open(DbPath);
        Assert.Equal((Large + 1, SupplyRows), Counts(await reopened.GetStatsAsync()));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _data.Dispose();
    }

    private static Company[] Companies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Company($"c{i:D6}", "合成" + i, null, null, CompanyTags.None, null))];

    /// <summary>One supply from each of the first <paramref name="count"/> companies to the next.</summary>
    private static Supply[] Supplies(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Supply($"c{i:D6}", $"c{(i + 1) % count:D6}", null, null))];

    private long Rows(string table) => StoreSql.Scalar(DbPath, $"SELECT COUNT(*) FROM {table}");

    private static (int Companies, int Supplies) Counts(GraphStats stats) => (stats.Companies, stats.Supplies);

    private static Company Company(string id) => new(id, "公司" + id, null, null, CompanyTags.None, null);
}
