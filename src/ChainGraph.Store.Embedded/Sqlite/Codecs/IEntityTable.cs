using ChainGraph.Domain.Model;
using ChainGraph.Store.Embedded.Snapshot;
using Microsoft.Data.Sqlite;

namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>One entity's table, its part of the graph image, and where its rows live in a graph and a change set.</summary>
internal interface IEntityTable
{
    string Table { get; }

    void WriteImage(BinaryWriter body, Dictionary<string, int> strings, GraphSnapshot snapshot);

    void ReadImage(ImageBytes body, string[] strings, GraphData data);

    void ReadRows(SqliteConnection connection, SqliteTransaction tx, Dictionary<string, string> pool, GraphData data);

    void Upsert(SqliteConnection connection, SqliteTransaction tx, ChangeSet changes);

    /// <summary>How many rows of this entity the change set writes.</summary>
    int Count(ChangeSet changes);
}
