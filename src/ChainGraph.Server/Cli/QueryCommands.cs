using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChainGraph.Domain.Lookup;

namespace ChainGraph.Server.Cli;

/// <summary>The planner's questions on the command line: coverage, gaps, targets, paths, pipeline.</summary>
internal static class QueryCommands
{
    private static readonly Option<string> Region = new("--region") { Description = "Region code or name, e.g. 441200 or 肇庆市", Required = true };
    private static readonly Option<string> Chain = new("--chain") { Description = "Chain id, e.g. energy-storage", Required = true };
    internal static readonly NamedArgument RegionName = new("r", LookupKind.Region, "regionCode", "--region");
    private static readonly NamedArgument ChainName = new("c", LookupKind.Chain, "chainId", "--chain");

    private static readonly Option<int> WeakBelow = new("--weak-below") { Description = "A segment with fewer local companies than this is WEAK (1-1000)", DefaultValueFactory = _ => 2 };

    public static IEnumerable<Command> Create()
    {
        yield return QueryVerb.Create(
            "coverage", "Coverage of every segment of a chain in a region", [Region, Chain, WeakBelow], "chainCoverage",
            """
            query($r: ID!, $c: ID!, $w: Int) { chainCoverage(regionCode: $r, chainId: $c, weakBelow: $w) {
              segment { id nameZh nameEn category parentId } status localCompanyCount localSiteCount localAnchorCount
              pipelineProjectCount pipelineInvestmentYuan declared } }
            """,
            p => new() { ["r"] = p.GetValue(Region), ["c"] = p.GetValue(Chain), ["w"] = p.GetValue(WeakBelow) },
            (data, output, english) =>
            {
                var table = new TextTable("环节 segment", "名称", "状态 status", "企业", "站点", "链主", "储备项目", "储备投资", "规划重点");
                foreach (var row in data.EnumerateArray())
                {
                    var s = row.GetProperty("segment");
                    table.Add(s.Text("id"), s.Text("nameZh"), Labels.Of(row.Text("status"), english), row.Text("localCompanyCount"), row.Text("localSiteCount"),
                        row.Text("localAnchorCount"), row.Text("pipelineProjectCount"), row.Yuan("pipelineInvestmentYuan"),
                        row.GetProperty("declared").GetBoolean() ? (english ? "declared" : "是") : "");
                }
                table.WriteTo(output);
            },
            names: [RegionName, ChainName]);

        yield return QueryVerb.Create(
            "gaps", "Gaps of a chain in a region: FILL 补链, STRENGTHEN 强链, EXTEND 延链", [Region, Chain, WeakBelow], "chainGaps",
            """
            query($r: ID!, $c: ID!, $w: Int) { chainGaps(regionCode: $r, chainId: $c, weakBelow: $w) {
              kind status segment { id nameZh nameEn } anchorCount linkedLocalCompanies declared committed
              pipelineProjects { id status } reasons { direction anchor { id nameZh } via { id nameZh } } } }
            """,
            p => new() { ["r"] = p.GetValue(Region), ["c"] = p.GetValue(Chain), ["w"] = p.GetValue(WeakBelow) },
            (data, output, english) =>
            {
                var table = new TextTable("类型 kind", "状态", "环节 segment", "名称", "链主", "本地关联", "标记", "原因 reasons");
                foreach (var gap in data.EnumerateArray())
                {
                    var s = gap.GetProperty("segment");
                    var reasons = gap.GetProperty("reasons").EnumerateArray()
                        .Select(r => $"{(r.Text("direction") == "UPSTREAM" ? "↑" : "↓")}{(r.Name("anchor") is { Length: > 0 } a ? a : "(本地强)")}·{r.Name("via")}");
                    var marks = new List<string>();
                    if (gap.GetProperty("declared").GetBoolean())
                    {
                        marks.Add(english ? "declared" : "规划重点");
                    }
                    if (gap.GetProperty("committed").GetBoolean())
                    {
                        marks.Add(english ? "committed" : "已签约/在建");
                    }
                    table.Add(english ? gap.Text("kind") : KindZh(gap.Text("kind")), Labels.Of(gap.Text("status"), english), s.Text("id"), s.Text("nameZh"),
                        gap.Text("anchorCount"), gap.Text("linkedLocalCompanies"), string.Join(" ", marks), string.Join("; ", reasons));
                }
                table.WriteTo(output);
                output.WriteLine("↑ UPSTREAM: the anchor needs what the gap segment makes; ↓ DOWNSTREAM: the via segment's output feeds the gap segment.");
            },
            names: [RegionName, ChainName]);

        foreach (var command in TargetsCommand.Create(Region))
        {
            yield return command;
        }

        var from = new Option<string>("--from") { Description = "Supplier company id or name", Required = true };
        var to = new Option<string>("--to") { Description = "Customer company id or name", Required = true };
        var maxHops = new Option<int>("--max-hops") { Description = "Longest path, 1-6", DefaultValueFactory = _ => 4 };
        yield return QueryVerb.Create(
            "paths", "All shortest supply paths from one company to another", [from, to, maxHops], "supplyPaths",
            "query($f: ID!, $t: ID!, $m: Int) { supplyPaths(fromCompanyId: $f, toCompanyId: $t, maxHops: $m) { companies { id nameZh } } }",
            p => new() { ["f"] = p.GetValue(from), ["t"] = p.GetValue(to), ["m"] = p.GetValue(maxHops) },
            (data, output, english) =>
            {
                var count = 0;
                foreach (var path in data.EnumerateArray())
                {
                    count++;
                    output.WriteLine(string.Join(" → ", path.GetProperty("companies").EnumerateArray().Select(c => $"{c.Text("nameZh")}({c.Text("id")})")));
                }
                if (count == 0)
                {
                    output.WriteLine("no supply path within the hop limit");
                }
            },
            names: [new("f", LookupKind.Company, "fromCompanyId", "--from"), new("t", LookupKind.Company, "toCompanyId", "--to")]);

        var windowFrom = new Option<string?>("--from") { Description = "First status date, yyyy-MM-dd" };
        var windowTo = new Option<string?>("--to") { Description = "Last status date, yyyy-MM-dd" };
        yield return QueryVerb.Create(
            "pipeline", "Projects of a region by status and by segment category", [Region, windowFrom, windowTo], "projectPipeline",
            "query($r: ID!, $f: Date, $t: Date) { projectPipeline(regionCode: $r, from: $f, to: $t) { byStatus { status count investmentYuan undisclosedCount } byCategory { category count investmentYuan undisclosedCount } } }",
            p => new() { ["r"] = p.GetValue(Region), ["f"] = p.GetValue(windowFrom), ["t"] = p.GetValue(windowTo) },
            (data, output, english) =>
            {
                var table = new TextTable("状态 status", "项目", "已披露投资", "未披露金额");
                foreach (var b in data.GetProperty("byStatus").EnumerateArray())
                {
                    table.Add(Labels.Of(b.Text("status"), english), b.Text("count"), b.Yuan("investmentYuan"), b.Text("undisclosedCount"));
                }
                table.WriteTo(output);
                output.WriteLine();
                var categories = new TextTable("类别 category", "项目", "已披露投资", "未披露金额");
                foreach (var b in data.GetProperty("byCategory").EnumerateArray())
                {
                    categories.Add(Labels.Of(b.Text("category"), english), b.Text("count"), b.Yuan("investmentYuan"), b.Text("undisclosedCount"));
                }
                categories.WriteTo(output);
            },
            names: [RegionName]);
    }

    internal static string KindZh(string kind) => kind switch
    {
        "FILL" => "补链 FILL",
        "STRENGTHEN" => "强链 STRENGTHEN",
        "EXTEND" => "延链 EXTEND",
        _ => kind,
    };

    internal static string Number(JsonElement e, string property, string format) =>
        e.GetProperty(property).GetDouble().ToString(format, CultureInfo.InvariantCulture);
}
