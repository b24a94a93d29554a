namespace ChainGraph.TestSupport.Differential;

public sealed partial class NaiveOracle
{
    public const int MaxPaths = 10;

    /// <summary>
    /// supplyPaths: every directed path of the fewest steps (at most maxHops), the first ten in the order of
    /// their id sequences. Breadth first back from the end gives each company's fewest steps to it; depth first over customers
    /// in id order then lists the paths in order, stepping only to companies still that far from the end.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths(string from, string to, int maxHops = 4)
    {
        if (from == to)
        {
            return [[from]];
        }
        var customers = Rows.Supplies.Values
            .GroupBy(s => s.SupplierId, Ord)
            .ToDictionary(g => g.Key, g => g.Select(s => s.CustomerId).Distinct(Ord).Order(Ord).ToList(), Ord);
        var suppliers = Rows.Supplies.Values
            .GroupBy(s => s.CustomerId, Ord)
            .ToDictionary(g => g.Key, g => g.Select(s => s.SupplierId).Distinct(Ord).ToList(), Ord);
        var toEnd = Distances(to, suppliers, maxHops);
        if (!toEnd.TryGetValue(from, out var length))
        {
            return [];
        }
        var found = new List<IReadOnlyList<string>>();
        var path = new List<string> { from };
        void Walk(string at, int left)
        {
            if (left == 0)
            {
                found.Add(path.ToList());
                return;
            }
            foreach (var next in customers.GetValueOrDefault(at) ?? [])
            {
                if (found.Count == MaxPaths)
                {
                    return;
                }
                if (toEnd.TryGetValue(next, out var d) && d == left - 1)
                {
                    path.Add(next);
                    Walk(next, left - 1);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
        Walk(from, length);
        return found;
    }

    /// <summary>Steps from every company to the end company, for companies at most maxHops away.</summary>
    private static Dictionary<string, int> Distances(string end, Dictionary<string, List<string>> suppliers, int maxHops)
    {
        var distance = new Dictionary<string, int>(Ord) { [end] = 0 };
        var frontier = new List<string> { end };
        for (var step = 1; step <= maxHops && frontier.Count > 0; step++)
        {
            var next = new List<string>();
            foreach (var company in frontier)
            {
                foreach (var supplier in suppliers.GetValueOrDefault(company) ?? [])
                {
                    if (distance.TryAdd(supplier, step))
                    {
                        next.Add(supplier);
                    }
                }
            }
            frontier = next;
        }
        return distance;
    }
}
