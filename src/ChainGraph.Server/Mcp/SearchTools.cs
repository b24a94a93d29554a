using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using ChainGraph.Domain;
using ChainGraph.Domain.Lookup;
using ChainGraph.Domain.Text;
using ChainGraph.Server.Mcp.Answers;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>Names to ids: what an agent calls first to turn 肇庆 or 恩捷 into the ids the other tools take.</summary>
[McpServerToolType]
public sealed class SearchTools
{
    public const int MaxHits = 50;

    [McpServerTool(Name = "search", Title = "Find ids by name (按名称查找)", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description(
        "Find regions, chains, segments and companies by Chinese or English name, or by id: 肇庆 or Zhaoqing finds region 441200, 恩捷 finds " +
        "company semcorp, 隔膜 finds the separator segment. Best matches first (exact id, exact name, name or id starting with the text, then " +
        "containing it); a region matches without its suffix (肇庆 for 肇庆市). Each hit has kind, id, names and a detail (a region's level, " +
        "a segment's chain and category, a company's stock code). Call it first whenever the user names a place, company or segment.")]
    public static async Task<SearchAnswer> Search(
        McpGraph graph,
        [Description("The name or id to look for, e.g. 肇庆, 恩捷, CATL, 隔膜."), MinLength(1)] string query,
        [Description("Only these kinds: any of REGION, CHAIN, SEGMENT, COMPANY; default all.")] string[]? kinds = null,
        [Description("Most hits to return, 1 to 50; default 10."), Range(1, MaxHits)] int first = 10,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw BadArgumentException.OutOfRange("query", "must not be blank");
        }
        var wanted = new List<LookupKind>();
        foreach (var kind in kinds ?? [])
        {
            wanted.Add(ContractNames.TryParse<LookupKind>(kind ?? "", out var parsed)
                ? parsed
                : throw BadArgumentException.OutOfRange("kinds", $"must be REGION, CHAIN, SEGMENT or COMPANY, not '{kind}'"));
        }
        if (first is < 1 or > MaxHits)
        {
            throw BadArgumentException.OutOfRange("first", $"must be between 1 and {MaxHits}, not {first}");
        }
        var hits = await graph.Lookup.SearchAsync(query, wanted, first, cancellationToken);
        return new SearchAnswer(query.Trim(), [.. hits.Select(h => new SearchHit(ContractNames.Of(h.Kind), h.Id, h.NameZh, h.NameEn, h.Detail))]);
    }
}
