using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace ChainGraph.Server.GraphQL.Caching;

/// <summary>
/// Parsed documents that passed validation (and, on the HTTP endpoint, the document budget), by their exact query
/// text, so that a client asking the same question again with other variables skips parsing and the
/// document-only validation rules. Bounded: at most <see cref="MaxEntries"/> documents of at most
/// <see cref="MaxQueryLength"/> characters; when full, it starts over empty (clients reuse a handful of documents,
/// so a full cache means unusual traffic, not a working set worth keeping).
/// </summary>
public sealed class ValidatedDocumentCache
{
    public const int MaxEntries = 1_000;
    public const int MaxQueryLength = 16 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    public bool TryGet(string query, out GraphQLDocument document) => _documents.TryGetValue(query, out document!);

    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > MaxQueryLength)
        {
            return;
        }
        if (_documents.Count >= MaxEntries)
        {
            _documents.Clear();
        }
        _documents.TryAdd(query, document);
    }
}
