using Microsoft.Data.Sqlite;
using SQLitePCL;

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
        var sql = $"INSERT OR REPLACE INTO {TCodec.Table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1)))})";
        // The statement runs on the connection, inside the caller's transaction.
        System.Diagnostics.Debug.Assert(tx.Connection == connection, "the transaction is the connection's");
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using var prepared = statement;
        using var buffer = new RowBinder.Utf8Buffer();
        foreach (var row in rows)
        {
            var binder = new RowBinder(statement, new ColumnCursor(TCodec.Table, columns), buffer);
            TCodec.Write(row, ref binder);
            var done = raw.sqlite3_step(statement);
            Check(raw.sqlite3_reset(statement), db);
            if (done != raw.SQLITE_DONE)
            {
                Check(done, db);
            }
        }
    }

    /// <summary>Throws SQLite's error for a result code that is neither OK nor DONE.</summary>
    internal static void Check(int code, sqlite3 db)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(code, db);
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
