using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>An entity's table through its codec: the rows of a snapshot to write, where a read row goes, the rows of a change set.</summary>
internal sealed class EntityTable<TCodec, T>(
    Func<GraphSnapshot, IReadOnlyCollection<T>> rows,
    Action<GraphData, int> reserve,
    Action<GraphData, T> add,
    Func<ChangeSet, IReadOnlyList<T>> changes) : IEntityTable
    where TCodec : IEntityCodec<T>
{
    public string Table => TCodec.Table;

    public void WriteImage(BinaryWriter body, Dictionary<string, int> strings, GraphSnapshot snapshot) =>
        EntityImage.WriteAll<TCodec, T>(body, strings, rows(snapshot));

    public void ReadImage(ImageBytes body, string[] strings, GraphData data) =>
        EntityImage.ReadAll<TCodec, T>(body, strings, n => reserve(data, n), row => add(data, row));

    public void ReadRows(SqliteConnection connection, SqliteTransaction tx, Dictionary<string, string> pool, GraphData data) =>
        EntityRows.ReadAll<TCodec, T>(connection, tx, pool, row => add(data, row));

    public void Upsert(SqliteConnection connection, SqliteTransaction tx, ChangeSet changeSet) =>
        EntityRows.Upsert<TCodec, T>(connection, tx, changes(changeSet));

    public int Count(ChangeSet changeSet) => changes(changeSet).Count;
}
