using System.Globalization;
using ChainGraph.Store.Embedded.Sqlite.Codecs;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>Writing the site key lists (<see cref="SiteKeyLists"/>) in a commit's transaction.</summary>
internal sealed partial class SqliteGraphFile
{
    private static void WriteSiteLists(SqliteConnection connection, SqliteTransaction tx, SiteKeyLists lists, string version)
    {
        // Lists of only what a change altered are written over the lists of the version it applies to; over any other
        // (lists left stale by a build that did not write them), every list is written.
        var replaceOnlyThese = lists.IsPartial
            && ReadMeta(connection, tx, SiteListsVersionKey).GetValueOrDefault(SiteListsVersionKey) is { } listed
            && long.TryParse(listed, NumberStyles.None, CultureInfo.InvariantCulture, out var listedVersion)
            && listedVersion + 1 == long.Parse(version, CultureInfo.InvariantCulture);
        if (!replaceOnlyThese)
        {
            lists = lists.Whole();
        }
        WriteLists(connection, tx, "segment_sites", "segment_id", lists.WriteBySegment, replaceOnlyThese);
        WriteLists(connection, tx, "region_sites", "region_code", lists.WriteByRegion, replaceOnlyThese);
        using var meta = connection.CreateCommand();
        meta.Transaction = tx;
        meta.CommandText = $"INSERT OR REPLACE INTO meta (key, value) VALUES ('{SiteListsVersionKey}', $v)";
        meta.Parameters.AddWithValue("$v", version);
        meta.ExecuteNonQuery();
    }

    /// <summary>
    /// Writes the lists into <paramref name="table"/>: in place of every row, or with <paramref name="replaceOnlyThese"/>
    /// in place of the rows of their keys only (an empty list deletes its key's row).
    /// </summary>
    private static void WriteLists(SqliteConnection connection, SqliteTransaction tx, string table, string keyColumn, Action<SiteKeyLists.ListSink> lists, bool replaceOnlyThese)
    {
        if (!replaceOnlyThese)
        {
            Execute(connection, $"DELETE FROM {table};", tx);
        }
        // bound straight to SQLite from the lists' UTF-8 buffer: no string of a whole list, no copy of it for the provider
        var db = connection.Handle!;
        EntityRows.Check(raw.sqlite3_prepare_v2(db, $"INSERT OR REPLACE INTO {table} ({keyColumn}, sites) VALUES (?1, ?2)", out var statement), db);
        using var insert = statement;
        EntityRows.Check(raw.sqlite3_prepare_v2(db, $"DELETE FROM {table} WHERE {keyColumn} = ?1", out var deleteStatement), db);
        using var delete = deleteStatement;
        lists((key, sites) =>
        {
            var step = sites.IsEmpty ? delete : insert;
            EntityRows.Check(raw.sqlite3_bind_text(step, 1, key), db);
            if (!sites.IsEmpty)
            {
                EntityRows.Check(raw.sqlite3_bind_text(step, 2, sites), db);
            }
            var done = raw.sqlite3_step(step);
            EntityRows.Check(raw.sqlite3_reset(step), db);
            if (done != raw.SQLITE_DONE)
            {
                EntityRows.Check(done, db);
            }
        });
    }
}
