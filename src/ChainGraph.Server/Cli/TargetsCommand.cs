using System.CommandLine;
using ChainGraph.Domain;
using ChainGraph.Domain.Analysis;
using ChainGraph.Domain.Lookup;
using ChainGraph.Server.Export;

namespace ChainGraph.Server.Cli;

/// <summary><c>targets --region R --segment S</c>: recruitment targets with every score component.</summary>
internal static class TargetsCommand
{
    public const string Query = """
        query($r: ID!, $s: ID!, $n: Int, $w: ScoreWeightsInput, $scope: RecruitScope) { recruitTargets(regionCode: $r, segmentId: $s, first: $n, weights: $w, scope: $scope) {
          company { id nameZh nameEn tags stockCode founded employees revenueYuan website } score anchorTies tieStrength credentials proximity distanceKm inPipeline groupLocal
          suppliesAnchors { id nameZh } nearestSite { id nameZh regionCode lat lon capacity since region { nameZh } } } }
        """;

    public static IEnumerable<Command> Create(Option<string> region)
    {
        var segment = new Option<string>("--segment") { Description = "Segment id or name (any level)", Required = true };
        var first = new Option<int>("--first") { Description = "How many targets, 1-100", DefaultValueFactory = _ => 20 };
        var ties = new Option<double?>("--w-anchor-ties") { Description = "Weight of anchor ties (default 3)" };
        var credentials = new Option<double?>("--w-credentials") { Description = "Weight of credentials (default 1)" };
        var proximity = new Option<double?>("--w-proximity") { Description = "Weight of proximity (default 2)" };
        var scope = new Option<RecruitScope>("--scope")
        {
            Description = "new (default): groups not yet in the region; expansion: groups already there (增资扩产); all: both",
            DefaultValueFactory = _ => RecruitScope.New,
        };
        var output = new Option<FileInfo?>("--out") { Description = "Write the target library to FILE.csv (UTF-8 with BOM) or FILE.xlsx instead of printing it" };
        yield return QueryVerb.Create(
            "targets", "Companies to recruit into a region for a segment, best first", [region, segment, first, ties, credentials, proximity, scope, output], "recruitTargets",
            Query,
            p => new()
            {
                ["r"] = p.GetValue(region),
                ["s"] = p.GetValue(segment),
                ["n"] = p.GetValue(first),
                ["w"] = new Dictionary<string, object?> { ["anchorTies"] = p.GetValue(ties), ["credentials"] = p.GetValue(credentials), ["proximity"] = p.GetValue(proximity) },
                ["scope"] = Domain.Text.ContractNames.Of(p.GetValue(scope)),
            },
            (data, output, english) =>
            {
                var table = new TextTable("#", "企业 company", "得分", "链主关联", "关联强度", "资质", "邻近", "距离km", "储备项目", "集团已在本地", "最近站点", "供货链主");
                var rank = 0;
                foreach (var t in data.EnumerateArray())
                {
                    var site = t.GetProperty("nearestSite");
                    table.Add(
                        (++rank).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        t.Name("company"),
                        QueryCommands.Number(t, "score", "0.000"),
                        t.Text("anchorTies"),
                        QueryCommands.Number(t, "tieStrength", "0.0"),
                        t.Text("credentials"),
                        QueryCommands.Number(t, "proximity", "0.000"),
                        QueryCommands.Number(t, "distanceKm", "0.0"),
                        t.GetProperty("inPipeline").GetBoolean() ? "是" : "",
                        t.GetProperty("groupLocal").GetBoolean() ? "是" : "",
                        $"{site.Text("nameZh")} ({site.Name("region")})",
                        string.Join("、", t.GetProperty("suppliesAnchors").EnumerateArray().Select(a => a.Text("nameZh"))));
                }
                table.WriteTo(output);
            },
            instead: async (parse, store, ct) =>
            {
                if (parse.GetValue(output) is not { } file)
                {
                    return null;
                }
                var extension = file.Extension.ToLowerInvariant();
                if (extension is not (".csv" or ".xlsx"))
                {
                    await Console.Error.WriteLineAsync($"targets: --out must end in .csv or .xlsx, not '{file.Name}'").ConfigureAwait(false);
                    return CliExit.BadInput;
                }
                var weights = ScoreWeights.WithDefaults(parse.GetValue(ties), parse.GetValue(credentials), parse.GetValue(proximity));
                IReadOnlyList<TargetRow> rows;
                try
                {
                    var lookup = new IdLookup(store);
                    var regionId = await lookup.ResolveAsync(LookupKind.Region, parse.GetValue(region)!, "--region", ct).ConfigureAwait(false);
                    var segmentId = await lookup.ResolveAsync(LookupKind.Segment, parse.GetValue(segment)!, "--segment", ct).ConfigureAwait(false);
                    rows = await TargetRows.LoadAsync(store, regionId, segmentId, parse.GetValue(first), weights, parse.GetValue(scope), ct).ConfigureAwait(false);
                }
                catch (BadArgumentException e)
                {
                    await Console.Error.WriteLineAsync($"targets: {e.Message} ({e.Code})").ConfigureAwait(false);
                    return CliExit.BadInput;
                }
                await using (var stream = File.Create(file.FullName))
                {
                    await (extension == ".csv" ? TargetFileWriter.WriteCsvAsync(stream, rows, ct) : TargetFileWriter.WriteXlsxAsync(stream, rows, ct)).ConfigureAwait(false);
                }
                Console.WriteLine($"wrote {rows.Count} targets to {file.FullName}");
                return CliExit.Ok;
            },
            names: [QueryCommands.RegionName, new("s", LookupKind.Segment, "segmentId", "--segment")]);
    }
}
