namespace ChainGraph.Store.Neo4j.Writing;

/// <summary>One UNWIND statement of an import and the rows it is run with, batch by batch.</summary>
internal sealed record WriteStep(string Name, string Statement, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public IEnumerable<IReadOnlyList<IReadOnlyDictionary<string, object?>>> Batches(int size) => Rows.Chunk(size);
}
