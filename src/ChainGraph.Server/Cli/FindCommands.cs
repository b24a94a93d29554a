using System.CommandLine;
using ChainGraph.Domain;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Text;

namespace ChainGraph.Server.Cli;

/// <summary>Finding ids: <c>regions</c>, <c>segments</c> and <c>search TEXT</c>.</summary>
internal static class FindCommands
{
    public static IEnumerable<Command> Create()
    {
        var parent = new Option<string?>("--parent") { Description = "Only the regions directly under this one (code or name)" };
        var level = new Option<RegionLevel?>("--level") { Description = "Only regions of this level: country, province, city, district, park" };
        var regions = new Command("regions", "List regions with their codes (all, or under --parent, or of --level)") { parent, level };
        regions.SetAction(async (parse, ct) =>
        {
            // Regions and segments are small tables: read them without the rest of the store.
            using var opened = StoreOpener.OpenForQuestion(parse);
            string? parentCode = null;
            if (parse.GetValue(parent) is { } text)
            {
                parentCode = await new IdLookup(opened.Store).ResolveAsync(LookupKind.Region, text, "--parent", ct).ConfigureAwait(false);
            }
            var table = new TextTable("代码 code", "名称", "name", "级别 level", "上级 parent");
            foreach (var r in await opened.Store.FindRegionsAsync(parse.GetValue(level), parentCode, ct).ConfigureAwait(false))
            {
                table.Add(r.Code, r.NameZh, r.NameEn ?? "", ContractNames.Of(r.Level), r.ParentCode ?? "");
            }
            table.WriteTo(Console.Out);
            return CliExit.Ok;
        });
        yield return regions;

        var chain = new Option<string?>("--chain") { Description = "Only the segments of this chain (id or name)" };
        var segments = new Command("segments", "List segments with their ids, as a tree per chain") { chain };
        segments.SetAction(async (parse, ct) =>
        {
            using var opened = StoreOpener.OpenForQuestion(parse);
            var lookup = new IdLookup(opened.Store);
            string? chainId = null;
            if (parse.GetValue(chain) is { } text)
            {
                chainId = await lookup.ResolveAsync(LookupKind.Chain, text, "--chain", ct).ConfigureAwait(false);
            }
            var all = (await opened.Store.GetSegmentsAsync(ct).ConfigureAwait(false)).Where(s => chainId is null || s.ChainId == chainId).ToList();
            var children = all.Where(s => s.ParentId is not null).ToLookup(s => s.ParentId!, StringComparer.Ordinal);
            var ids = all.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var table = new TextTable("环节 id", "名称", "name", "类别 category");
            void Add(Segment s, int depth)
            {
                table.Add(new string(' ', depth * 2) + s.Id, s.NameZh, s.NameEn ?? "", ContractNames.Of(s.Category));
                foreach (var child in children[s.Id].OrderBy(c => c.Id, Ids.Comparer))
                {
                    Add(child, depth + 1);
                }
            }
            foreach (var root in all.Where(s => s.ParentId is null || !ids.Contains(s.ParentId)).OrderBy(s => s.ChainId, Ids.Comparer).ThenBy(s => s.Id, Ids.Comparer))
            {
                Add(root, 0);
            }
            table.WriteTo(Console.Out);
            return CliExit.Ok;
        });
        yield return segments;

        var text = new Argument<string>("text") { Description = "A name or id, or part of one: 肇庆, 恩捷, separator, es-wet" };
        var limit = new Option<int>("--first") { Description = "How many matches, 1-100", DefaultValueFactory = _ => 20 };
        var search = new Command("search", "Find regions, chains, segments and companies by Chinese or English name or id") { text, limit };
        search.SetAction(async (parse, ct) =>
        {
            var first = parse.GetValue(limit);
            if (first is < 1 or > 100)
            {
                throw new CliInputException($"--first must be between 1 and 100, not {first}");
            }
            using var opened = StoreOpener.OpenForQuestion(parse);
            var hits = await new IdLookup(opened.Store).SearchAsync(parse.GetValue(text)!, null, first, ct).ConfigureAwait(false);
            if (hits.Count == 0)
            {
                Console.WriteLine($"nothing matches '{parse.GetValue(text)}'");
                return CliExit.Ok;
            }
            var table = new TextTable("类型 kind", "id", "名称", "name", "说明");
            foreach (var h in hits)
            {
                table.Add(ContractNames.Of(h.Kind), h.Id, h.NameZh ?? "", h.NameEn ?? "", h.Detail ?? "");
            }
            table.WriteTo(Console.Out);
            return CliExit.Ok;
        });
        yield return search;
    }
}
