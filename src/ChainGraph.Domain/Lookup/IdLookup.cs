using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Lookup;

/// <summary>
/// Turns what a user typed into ids: an exact id, an exact Chinese or English name, or a unique prefix of one; and
/// when nothing matches, the closest ids to suggest (names containing the text, ids a few typos away).
/// </summary>
public sealed class IdLookup(IGraphReader store)
{
    public const int DefaultSuggestions = 5;

    /// <summary>Things whose id or name matches the text, best matches first (exact, then prefix, then contained).</summary>
    public async ValueTask<IReadOnlyList<LookupHit>> SearchAsync(string text, IReadOnlyCollection<LookupKind>? kinds = null, int limit = 20, CancellationToken cancellationToken = default)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }
        var ranked = new List<(int Rank, LookupHit Hit)>();
        foreach (var kind in kinds is { Count: > 0 } ? kinds : Enum.GetValues<LookupKind>())
        {
            foreach (var hit in await CandidatesAsync(kind, query, cancellationToken).ConfigureAwait(false))
            {
                if (Rank(hit, query) is { } rank)
                {
                    ranked.Add((rank, hit));
                }
            }
        }
        return [.. ranked.OrderBy(r => r.Rank).ThenBy(r => r.Hit.Kind).ThenBy(r => r.Hit.Id, Ids.Comparer).Take(limit).Select(r => r.Hit)];
    }

    /// <summary>
    /// The id the text stands for: the text itself when it is an id; else the one thing whose name is the text or
    /// starts with it. Throws NOT_FOUND (with suggestions) when nothing matches and BAD_INPUT when several do.
    /// </summary>
    public async ValueTask<string> ResolveAsync(LookupKind kind, string text, string argument, CancellationToken cancellationToken = default)
    {
        var query = text.Trim();
        var all = await CandidatesAsync(kind, query, cancellationToken).ConfigureAwait(false);
        if (all.Any(h => h.Id == query))
        {
            return query;
        }
        var exact = all.Where(h => NameIs(h, query)).ToList();
        if (exact.Count == 1)
        {
            return exact[0].Id;
        }
        var prefixed = exact.Count > 1 ? exact : all.Where(h => NameStarts(h, query)).ToList();
        if (prefixed.Count == 1)
        {
            return prefixed[0].Id;
        }
        if (prefixed.Count > 1)
        {
            var shown = string.Join(", ", prefixed.Take(DefaultSuggestions));
            throw new BadArgumentException(ErrorCodes.BadInput, argument, $"{argument}: '{query}' names {prefixed.Count} {Plural(kind)} ({shown}{(prefixed.Count > DefaultSuggestions ? ", ..." : "")}); give the id")
            {
                Suggestions = [.. prefixed.Take(DefaultSuggestions).Select(h => h.Id)],
            };
        }
        throw await NotFoundAsync(kind, query, argument, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A NOT_FOUND error for the text, carrying the closest ids (and saying them in its message).</summary>
    public async ValueTask<BadArgumentException> NotFoundAsync(LookupKind kind, string text, string argument, CancellationToken cancellationToken = default)
    {
        var suggestions = await SuggestAsync(kind, text, DefaultSuggestions, cancellationToken).ConfigureAwait(false);
        var message = $"{argument}: no {Noun(kind)} with id '{text}'";
        if (suggestions.Count > 0)
        {
            message += "; did you mean " + string.Join(", ", suggestions) + "?";
        }
        return new BadArgumentException(ErrorCodes.NotFound, argument, message) { Suggestions = [.. suggestions.Select(h => h.Id)] };
    }

    /// <summary>The closest things to the text: names or ids containing it first, then ids within a few typos.</summary>
    public async ValueTask<IReadOnlyList<LookupHit>> SuggestAsync(LookupKind kind, string text, int limit = DefaultSuggestions, CancellationToken cancellationToken = default)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return [];
        }
        var all = await CandidatesAsync(kind, query, cancellationToken).ConfigureAwait(false);
        var allowed = Math.Max(2, query.Length / 4);
        return [.. all
            .Select(h => (Hit: h, Rank: Rank(h, query) ?? (Distance(h.Id, query) is var d && d <= allowed ? 10 + d : int.MaxValue)))
            .Where(x => x.Rank != int.MaxValue)
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Hit.Id, Ids.Comparer)
            .Take(limit)
            .Select(x => x.Hit)];
    }

    private async ValueTask<IReadOnlyList<LookupHit>> CandidatesAsync(LookupKind kind, string query, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case LookupKind.Region:
                return [.. (await store.FindRegionsAsync(null, null, cancellationToken).ConfigureAwait(false))
                    .Select(r => new LookupHit(kind, r.Code, r.NameZh, r.NameEn, Text.ContractNames.Of(r.Level)))];
            case LookupKind.Chain:
                return [.. (await store.GetChainsAsync(cancellationToken).ConfigureAwait(false)).Select(c => new LookupHit(kind, c.Id, c.NameZh, c.NameEn, null))];
            case LookupKind.Segment:
                return [.. (await store.GetSegmentsAsync(cancellationToken).ConfigureAwait(false))
                    .Select(s => new LookupHit(kind, s.Id, s.NameZh, s.NameEn, $"{s.ChainId} · {Text.ContractNames.Of(s.Category)}"))];
            default:
                // Companies can be many: ask the store for those whose name contains the text (or a part of it), plus the exact id.
                var hits = new Dictionary<string, LookupHit>(StringComparer.Ordinal);
                foreach (var part in new[] { query, query.Length > 2 ? query[..2] : null }.OfType<string>().Distinct())
                {
                    var page = await store.FindCompaniesAsync(new CompanyQuery(NameContains: part), 200, null, cancellationToken).ConfigureAwait(false);
                    foreach (var c in page.Items)
                    {
                        hits.TryAdd(c.Id, Hit(c));
                    }
                }
                foreach (var (id, c) in await store.GetCompaniesAsync([query], cancellationToken).ConfigureAwait(false))
                {
                    hits.TryAdd(id, Hit(c));
                }
                return [.. hits.Values];
        }
    }

    private static LookupHit Hit(Company c) => new(LookupKind.Company, c.Id, c.NameZh, c.NameEn, c.StockCode);

    /// <summary>0 exact id, 1 exact name, 2 name or id prefix, 3 contained; null when the text is not in it at all.</summary>
    private static int? Rank(LookupHit hit, string query)
    {
        if (hit.Id == query)
        {
            return 0;
        }
        if (NameIs(hit, query))
        {
            return 1;
        }
        if (NameStarts(hit, query) || hit.Id.StartsWith(query, StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }
        return Contains(hit.NameZh, query) || Contains(hit.NameEn, query) || hit.Id.Contains(query, StringComparison.OrdinalIgnoreCase) ? 3 : null;
    }

    /// <summary>
    /// The name is the text, in Chinese or (any letter case) English; a region's Chinese name also without its
    /// administrative suffix, as people say it (肇庆 for 肇庆市, 广东 for 广东省).
    /// </summary>
    private static bool NameIs(LookupHit hit, string query) =>
        string.Equals(hit.NameZh, query, StringComparison.Ordinal)
        || string.Equals(hit.NameEn, query, StringComparison.OrdinalIgnoreCase)
        || (hit.Kind == LookupKind.Region && hit.NameZh is { } zh && RegionSuffixes.Any(suffix => zh.Length == query.Length + suffix.Length && zh.StartsWith(query, StringComparison.Ordinal) && zh.EndsWith(suffix, StringComparison.Ordinal)));

    private static readonly string[] RegionSuffixes = ["市", "省", "区", "县", "自治区", "自治州", "特别行政区"];

    private static bool NameStarts(LookupHit hit, string query) =>
        (hit.NameZh?.StartsWith(query, StringComparison.Ordinal) ?? false) || (hit.NameEn?.StartsWith(query, StringComparison.OrdinalIgnoreCase) ?? false);

    private static bool Contains(string? name, string query) => name?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false;

    private static string Noun(LookupKind kind) => kind.ToString().ToLowerInvariant();

    private static string Plural(LookupKind kind) => kind == LookupKind.Company ? "companies" : Noun(kind) + "s";

    /// <summary>Levenshtein distance, ignoring letter case.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var same = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (same ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
