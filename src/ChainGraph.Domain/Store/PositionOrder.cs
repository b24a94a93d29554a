namespace ChainGraph.Domain.Store;

/// <summary>
/// The total order of listings by a key: items without a key last in either direction, then the key (texts by
/// code point, numbers by value; reversed when descending), then the id ascending.
/// </summary>
public static class PositionOrder
{
    public static int Compare(PagePosition x, PagePosition y, bool keyed, bool descending)
    {
        if (keyed)
        {
            var (xMissing, yMissing) = (x.Key.IsMissing, y.Key.IsMissing);
            if (xMissing != yMissing)
            {
                return xMissing ? 1 : -1;
            }
            if (!xMissing)
            {
                var byKey = x.Key.Text is not null
                    ? Ids.Comparer.Compare(x.Key.Text, y.Key.Text)
                    : x.Key.Number!.Value.CompareTo(y.Key.Number!.Value);
                if (byKey != 0)
                {
                    return descending ? -byKey : byKey;
                }
            }
        }
        return Ids.Comparer.Compare(x.Id, y.Id);
    }
}
