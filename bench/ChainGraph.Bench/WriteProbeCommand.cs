using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Server.Hosting;
using ChainGraph.Store.Embedded;

namespace ChainGraph.Bench;

/// <summary>
/// <c>writes --db PATH [--each N]</c> (hidden; run by the benchmark in a fresh process on a copy of a store): opens the
/// store as the service does (indexes built at once) and times the edits planners make, one row each:
/// a company renamed, a company's credential tag changed, a company made an anchor or not, a site's coordinates
/// corrected, a site moved to another region, a site added, a company's parent changed, a company added, a company added with a site of its own.
/// Each write is timed until it is committed
/// and its snapshot indexed (what a mutation waits for), alone: the graph image a large store writes in the background
/// after a small write (seconds at a million companies, sharing the two cores) is waited for before the next write.
/// </summary>
internal static class WriteProbeCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db") { Description = "Path of the embedded store file (written to: give a copy)", Required = true };
        var each = new Option<int>("--each") { Description = "Writes of each kind", DefaultValueFactory = _ => 6 };
        var command = new Command("writes", "Time small writes into a store (run by the benchmark)") { database, each };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(database)!;
            EmbeddedGraphStore store;
            using (StoreLoadGcScope.ForFile(path))
            {
                store = EmbeddedGraphStore.Open(path);
            }
            using var opened = store;
            if (await MeasureAsync(store, Math.Max(1, parse.GetValue(each)), ct).ConfigureAwait(false) is not { } results)
            {
                await Console.Error.WriteLineAsync("writes: the store is too small to time writes").ConfigureAwait(false);
                return BenchExit.Failure;
            }
            Console.WriteLine(JsonSerializer.Serialize(results));
            return BenchExit.Ok;
        });
        return command;
    }

    /// <summary>
    /// Times <paramref name="n"/> writes of each kind into <paramref name="store"/> (after one of each, untimed): per kind
    /// the p50 and the largest (<see cref="WriteTiming"/>), and the companies the store holds when the timing begins; null when the store has too few
    /// companies with sites among its first ones.
    /// </summary>
    internal static async Task<Dictionary<string, object?>?> MeasureAsync(EmbeddedGraphStore store, int n, CancellationToken ct)
    {
        // companies with sites, found among the first in id order
        var listed = (await store.FindCompaniesAsync(new CompanyQuery(), 10 * n + 20, null, ct).ConfigureAwait(false)).Items;
        var sites = await store.GetSitesOfCompaniesAsync(listed.Select(c => c.Id).ToArray(), ct).ConfigureAwait(false);
        var companies = listed.Where(c => sites.TryGetValue(c.Id, out var own) && own.Count > 0).ToArray();
        var ids = companies.Select(c => c.Id).ToArray();
        var regionCodes = sites.Values.SelectMany(s => s).Select(s => s.RegionCode).Distinct(StringComparer.Ordinal).ToArray();
        if (companies.Length < 3 * n + 3 || regionCodes.Length < 2)
        {
            return null;
        }
        Site SiteOf(int k) => sites[ids[k]][0];
        var kinds = new (string Name, Func<int, ChangeSet> Write)[]
        {
            ("companyName", k => new ChangeSet { Companies = [companies[k] with { NameZh = companies[k].NameZh + "·" + k }] }),
            ("companyTag", k => new ChangeSet { Companies = [companies[k] with { Tags = companies[k].Tags ^ CompanyTags.Srdi }] }),
            ("anchorTag", k => new ChangeSet { Companies = [companies[n + k] with { Tags = companies[n + k].Tags ^ CompanyTags.Anchor }] }),
            ("siteCoordinates", k => new ChangeSet { Sites = [SiteOf(k) with { Lat = SiteOf(k).Lat + 0.001 }] }),
            ("siteMoved", k => new ChangeSet { Sites = [SiteOf(k) with { RegionCode = regionCodes.First(c => c != SiteOf(k).RegionCode) }] }),
            ("siteAdded", k => new ChangeSet { Sites = [SiteOf(k) with { Id = SiteOf(k).Id + "-bench" + k.ToString(CultureInfo.InvariantCulture) }] }),
            ("companyAdded", k => new ChangeSet { Companies = [companies[k] with { Id = companies[k].Id + "-bench" + k.ToString(CultureInfo.InvariantCulture), ParentId = null, Tags = CompanyTags.None }] }),
            // a company put under another group's company, or taken out of its group (the groups it was and is in made again)
            ("parentChanged", k => new ChangeSet { Companies = [companies[2 * n + k] with { ParentId = companies[2 * n + k].ParentId is null ? ids[2 * n + k + 1] : null }] }),
            ("companyWithSite", k =>
            {
                // a new company with a site of its own, in one write (a data set of one new company)
                var id = companies[k].Id + "-benchsite" + k.ToString(CultureInfo.InvariantCulture);
                return new ChangeSet
                {
                    Companies = [companies[k] with { Id = id, ParentId = null, Tags = CompanyTags.None }],
                    Sites = [SiteOf(k) with { Id = id + "-s0", CompanyId = id }],
                };
            }),
        };
        // one write of each kind first: the write path's code compiled, as in a service that has taken writes
        foreach (var (_, write) in kinds)
        {
            await store.ApplyAsync(write(n + 1), ct).ConfigureAwait(false);
        }
        var results = new Dictionary<string, object?> { ["companies"] = (await store.GetStatsAsync(ct).ConfigureAwait(false)).Companies };
        foreach (var (name, write) in kinds)
        {
            var times = new double[n];
            for (var k = 0; k < n; k++)
            {
                var changes = write(k);
                // each write timed alone: the graph image a large store writes after the write before is written first
                store.FlushImage();
                var start = Stopwatch.GetTimestamp();
                await store.ApplyAsync(changes, ct).ConfigureAwait(false);
                times[k] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
            Array.Sort(times);
            results[name] = new WriteTiming(times[n / 2], times[^1]);
        }
        return results;
    }
}
