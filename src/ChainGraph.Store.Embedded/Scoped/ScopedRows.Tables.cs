using System.Text.Json;
using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Sqlite;
using ChainGraph.Store.Embedded.Sqlite.Codecs;

namespace ChainGraph.Store.Embedded.Scoped;

/// <summary>The reads that are answered straight from the tables each time, not kept in the scope.</summary>
internal sealed partial class ScopedRows
{
    /// <summary>Companies by id, read now (not kept: a company alone, without its parents, would break the group indexes).</summary>
    public Dictionary<string, T> ReadByIds<TCodec, T>(IReadOnlyCollection<string> ids, Func<T, string> key)
        where TCodec : IEntityCodec<T>
    {
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            EntityRows.ReadWhere<TCodec, T>(_connection, _tx, _pool, "id " + InJson, Ids(ids.Distinct(StringComparer.Ordinal)), row => found[key(row)] = row);
        }
        return found;
    }

    /// <summary>
    /// The ids, in id order, of the companies whose Chinese or English name contains <paramref name="text"/> (ignoring
    /// case as .NET's ordinal comparison does): the names of every company are read (three columns, no index helps
    /// a substring), the test is made here so that it is exactly the full store's.
    /// </summary>
    public List<string> CompaniesNamed(string text)
    {
        var ids = new List<string>();
        using var command = _connection.CreateCommand();
        command.Transaction = _tx;
        command.CommandText = "SELECT id, name_zh, name_en FROM companies ORDER BY id";
        using var row = command.ExecuteReader();
        while (row.Read())
        {
            if (row.GetString(1).Contains(text, StringComparison.OrdinalIgnoreCase)
                || (!row.IsDBNull(2) && row.GetString(2).Contains(text, StringComparison.OrdinalIgnoreCase)))
            {
                ids.Add(row.GetString(0));
            }
        }
        return ids;
    }

    /// <summary>The distinct direct customers of each company that has any, in id order (supplies are keyed by supplier first).</summary>
    public Dictionary<string, IReadOnlyList<string>> CustomersOf(IReadOnlyCollection<string> companyIds)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var command = _connection.CreateCommand();
        command.Transaction = _tx;
        command.CommandText = "SELECT DISTINCT supplier_id, customer_id FROM supplies WHERE supplier_id " + InJson + " ORDER BY supplier_id, customer_id";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(companyIds.Distinct(StringComparer.Ordinal)));
        using var row = command.ExecuteReader();
        // Rows come ordered by supplier: each supplier's customers are one run.
        string? current = null;
        var list = new List<string>();
        while (row.Read())
        {
            var supplier = row.GetString(0);
            if (supplier != current)
            {
                current = supplier;
                lists[Shared(supplier)] = list = [];
            }
            list.Add(Shared(row.GetString(1)));
        }
        return lists;
    }

    /// <summary>Every table's row count, and the sites' segment links counted from their stored lists, all by SQLite itself.</summary>
    public GraphStats Stats()
    {
        const string Counts =
            "SELECT (SELECT count(*) FROM chains), (SELECT count(*) FROM regions), (SELECT count(*) FROM segments), " +
            "(SELECT count(*) FROM segment_flows), (SELECT count(*) FROM companies), (SELECT count(*) FROM sites), " +
            "(SELECT ifnull(sum(CASE WHEN segment_ids = '' THEN 0 ELSE length(segment_ids) - length(replace(segment_ids, ';', '')) + 1 END), 0) FROM sites), " +
            "(SELECT count(*) FROM supplies), (SELECT count(*) FROM projects), (SELECT count(*) FROM anchors), (SELECT count(*) FROM region_priorities)";
        var counts = new List<int>();
        SqliteGraphFile.Read(_connection, Counts, r =>
        {
            for (var i = 0; i < r.FieldCount; i++)
            {
                counts.Add(r.GetInt32(i));
            }
        }, _tx);
        return new GraphStats(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7], counts[8], counts[9], counts[10]);
    }

    /// <summary>One trivial read on the open connection: throws when the file cannot be read any more.</summary>
    public bool Ping()
    {
        SqliteGraphFile.Read(_connection, "SELECT count(*) FROM meta", _ => { }, _tx);
        return true;
    }
}
