using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>An entity's table rows, read and written through its codec.</summary>
internal static class EntityRows
{
    public static void Upsert<TCodec, T>(SqliteConnection connection, SqliteTransaction tx, IReadOnlyList<T> rows)
        where TCodec : IEntityCodec<T>
    {
        if (rows.Count == 0)
        {
            return;
        }
        var columns = TCodec.Columns;
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"INSERT OR REPLACE INTO {TCodec.Table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add("$p" + i, SqliteType.Text)).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            var writer = new RowFieldWriter(parameters, new ColumnCursor(TCodec.Table, columns));
            TCodec.Write(row, ref writer);
            command.ExecuteNonQuery();
        }
    }

    public static void ReadAll<TCodec, T>(SqliteConnection connection, SqliteTransaction tx, Dictionary<string, string> pool, Action<T> add)
        where TCodec : IEntityCodec<T>
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"SELECT {string.Join(", ", TCodec.Columns)} FROM {TCodec.Table}";
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            var reader = new RowFieldReader(row, pool, new ColumnCursor(TCodec.Table, TCodec.Columns));
            add(TCodec.Read(ref reader));
        }
    }

    /// <summary>
    /// The rows a condition selects. <paramref name="condition"/> is fixed text of the caller's (with <c>$parameters</c>,
    /// never values); <paramref name="with"/> is an optional common table expression it may use.
    /// </summary>
    public static void ReadWhere<TCodec, T>(
        SqliteConnection connection, SqliteTransaction tx, Dictionary<string, string> pool, string condition, IReadOnlyDictionary<string, string> parameters, Action<T> add, string? with = null)
        where TCodec : IEntityCodec<T> =>
        ReadColumnsWhere(connection, tx, pool, TCodec.Table, TCodec.Columns, condition, parameters, (ref RowFieldReader r) => TCodec.Read(ref r), add, with);

    /// <summary>Some columns of the rows a condition selects (see <see cref="ReadWhere"/>), each row made by <paramref name="read"/>.</summary>
    public static void ReadColumnsWhere<T>(
        SqliteConnection connection, SqliteTransaction tx, Dictionary<string, string> pool, string table, string[] columns, string condition,
        IReadOnlyDictionary<string, string> parameters, RowRead<T> read, Action<T> add, string? with = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = $"{with} SELECT {string.Join(", ", columns)} FROM {table} WHERE {condition}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            var reader = new RowFieldReader(row, pool, new ColumnCursor(table, columns));
            add(read(ref reader));
        }
    }
}
