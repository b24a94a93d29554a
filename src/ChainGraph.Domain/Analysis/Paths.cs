using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Analysis;

/// <summary>All shortest SUPPLIES paths between two companies (domain contract, section 6).</summary>
internal static class Paths
{
    public const int MaxPaths = 10;

    public static async ValueTask<IReadOnlyList<SupplyPath>> FindAsync(
        IGraphReader store, string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        if (from == to)
        {
            return [new SupplyPath([from])];
        }

        // Breadth-first, one store call per layer, remembering each layer's edges.
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var layers = new List<List<string>> { new() { from } };
        var next = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var reached = false;
        while (!reached && layers.Count <= maxHops)
        {
            var frontier = layers[^1];
            var customers = await store.GetCustomersAsync(frontier, cancellationToken).ConfigureAwait(false);
            var layer = new List<string>();
            foreach (var company in frontier)
            {
                var list = customers.GetValueOrDefault(company) ?? [];
                next[company] = list;
                foreach (var customer in list)
                {
                    if (customer == to)
                    {
                        reached = true;
                    }
                    if (seen.Add(customer))
                    {
                        layer.Add(customer);
                    }
                }
            }
            if (layer.Count == 0)
            {
                break;
            }
            layers.Add(layer);
        }
        if (!reached)
        {
            return [];
        }

        // Companies at layer i that reach the target in exactly (depth - i) steps.
        var depth = layers.Count - 1;
        var good = new HashSet<string>[depth + 1];
        good[depth] = new HashSet<string>(StringComparer.Ordinal) { to };
        for (var i = depth - 1; i >= 0; i--)
        {
            good[i] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var company in layers[i])
            {
                if (next.TryGetValue(company, out var list) && list.Any(good[i + 1].Contains))
                {
                    good[i].Add(company);
                }
            }
        }

        // Depth-first in id order yields the paths already sorted; stop at ten.
        var paths = new List<SupplyPath>();
        var path = new List<string> { from };
        Walk(0);
        return paths;

        void Walk(int level)
        {
            if (paths.Count == MaxPaths)
            {
                return;
            }
            if (level == depth)
            {
                paths.Add(new SupplyPath(path.ToArray()));
                return;
            }
            var options = next[path[^1]].Where(good[level + 1].Contains).ToList();
            options.Sort(Ids.Comparer);
            foreach (var option in options)
            {
                path.Add(option);
                Walk(level + 1);
                path.RemoveAt(path.Count - 1);
            }
        }
    }
}
