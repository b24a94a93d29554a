using System.Runtime.CompilerServices;
namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>An entity's records in a graph-image section (a count, then the records), through its codec.</summary>
internal static class EntityImage
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteAll<TCodec, T>(BinaryWriter body, Dictionary<string, int> strings, IReadOnlyCollection<T> items)
        where TCodec : IEntityCodec<T>
    {
        body.Write7BitEncodedInt(items.Count);
        var writer = new ImageFieldWriter(body, strings, new ColumnCursor(TCodec.Table, TCodec.Columns), ImageInlineColumns.Of(TCodec.Table, TCodec.Columns));
        foreach (var item in items)
        {
            TCodec.Write(item, ref writer);
        }
    }

    public static void ReadAll<TCodec, T>(ImageBytes body, string[] strings, Action<int> reserve, Action<T> add)
        where TCodec : IEntityCodec<T>
    {
        var count = body.Read7BitEncodedInt();
        reserve(count);
        var reader = new ImageFieldReader(body, strings, new ColumnCursor(TCodec.Table, TCodec.Columns), ImageInlineColumns.Of(TCodec.Table, TCodec.Columns));
        for (var n = count; n > 0; n--)
        {
            add(TCodec.Read(ref reader));
        }
    }
}
