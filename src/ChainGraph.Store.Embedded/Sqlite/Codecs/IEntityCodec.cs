namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>
/// One entity's fields by name, for its table and for the graph image alike. <see cref="Columns"/> lists the
/// table's columns in the order <see cref="Write"/> and <see cref="Read"/> visit them; the writers and readers
/// check every call against it, so a codec whose order is wrong fails at its first round trip.
/// </summary>
internal interface IEntityCodec<T>
{
    static abstract string Table { get; }

    static abstract string[] Columns { get; }

    static abstract void Write<TWriter>(T entity, ref TWriter writer)
        where TWriter : struct, IFieldWriter;

    static abstract T Read<TReader>(ref TReader reader)
        where TReader : struct, IFieldReader;
}
