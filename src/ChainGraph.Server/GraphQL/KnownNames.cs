using ChainGraph.Domain;
using GraphQL;

namespace ChainGraph.Server.GraphQL;

/// <summary>Checks that the regions and segments a filter names exist: NOT_FOUND naming where the first unknown one was.</summary>
internal static class KnownNames
{
    public static async Task CheckAsync(
        IResolveFieldContext c, IEnumerable<(string Argument, string Value)> regions, IEnumerable<(string Argument, string Value)> segments)
    {
        var codes = regions.ToList();
        if (codes.Count > 0)
        {
            var known = await c.Store().GetRegionsAsync(codes.Select(x => x.Value).Distinct(StringComparer.Ordinal).ToList(), c.CancellationToken);
            if (codes.FirstOrDefault(x => !known.ContainsKey(x.Value)) is { Argument: not null } unknown)
            {
                throw BadArgumentException.NotFound(unknown.Argument, "region", unknown.Value);
            }
        }
        foreach (var (argument, segment) in segments)
        {
            if (await c.Loaders().SegmentAsync(segment, c.CancellationToken) is null)
            {
                throw BadArgumentException.NotFound(argument, "segment", segment);
            }
        }
    }
}
