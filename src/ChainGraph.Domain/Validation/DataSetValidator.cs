using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Text;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The rules of the import format that span rows: duplicate keys inside a file, references to keys that
/// exist neither in the data set nor in the store, and cycles in parent chains.
/// </summary>
public static class DataSetValidator
{
    /// <summary>
    /// Adds every cross-row problem to <paramref name="draft"/>. With <paramref name="replaceAll"/> the store is ignored.
    /// The checks of different files run side by side (each collecting its own problems, added afterwards in the order a
    /// check after check would add them), since a large data set's checks are seconds of lookups in sets of millions.
    /// </summary>
    public static async ValueTask ValidateAsync(DataSetDraft draft, IKeyLookup store, bool replaceAll, CancellationToken cancellationToken = default)
    {
        IKeyLookup? existing = replaceAll ? null : store;

        var defined = References.Defined(draft);
        var duplicates = new Action<List<ValidationProblem>>[]
        {
            found => DuplicateKeys.Duplicates(found, draft.Chains, c => c.Id),
            found => DuplicateKeys.Duplicates(found, draft.Regions, r => r.Code),
            found => DuplicateKeys.Duplicates(found, draft.Segments, s => s.Id),
            found => DuplicateKeys.Duplicates(found, draft.Flows, f => $"{f.FromId} -> {f.ToId}"),
            found => DuplicateKeys.Duplicates(found, draft.Companies, c => c.Id),
            found => DuplicateKeys.Duplicates(found, draft.Sites, s => s.Id),
            found => DuplicateKeys.SupplyDuplicates(found, draft.Supplies),
            found => DuplicateKeys.Duplicates(found, draft.Projects, p => p.Id),
            found => DuplicateKeys.Duplicates(found, draft.Anchors, a => a.Key, k => k.CompanyId.Length == 0 || k.ChainId.Length == 0),
            found => DuplicateKeys.Duplicates(found, draft.RegionPriorities, p => p.Key, k => k.RegionCode.Length == 0 || k.SegmentId.Length == 0),
        };
        // the references of the files in the data set's order, in four groups of about the same work at scale
        var references = new Action<References>[]
        {
            refs =>
            {
                foreach (var r in draft.Regions) refs.Add(r, "parent_code", EntityKind.Region, r.Value.ParentCode);
                foreach (var s in draft.Segments)
                {
                    refs.Add(s, "chain_id", EntityKind.Chain, s.Value.ChainId);
                    refs.Add(s, "parent_id", EntityKind.Segment, s.Value.ParentId);
                }
                foreach (var f in draft.Flows)
                {
                    refs.Add(f, "from_id", EntityKind.Segment, f.Value.FromId);
                    refs.Add(f, "to_id", EntityKind.Segment, f.Value.ToId);
                }
                foreach (var c in draft.Companies) refs.Add(c, "parent_id", EntityKind.Company, c.Value.ParentId);
                foreach (var a in draft.Anchors)
                {
                    refs.Add(a, "company_id", EntityKind.Company, a.Value.CompanyId);
                    refs.Add(a, "chain_id", EntityKind.Chain, a.Value.ChainId);
                }
            },
            refs =>
            {
                foreach (var s in draft.Sites)
                {
                    refs.Add(s, "company_id", EntityKind.Company, s.Value.CompanyId);
                    refs.Add(s, "region_code", EntityKind.Region, s.Value.RegionCode);
                    foreach (var segmentId in s.Value.SegmentIds) refs.Add(s, "segment_ids", EntityKind.Segment, segmentId);
                }
            },
            refs =>
            {
                foreach (var s in draft.Supplies)
                {
                    refs.Add(s, "supplier_id", EntityKind.Company, s.Value.SupplierId);
                    refs.Add(s, "customer_id", EntityKind.Company, s.Value.CustomerId);
                    refs.Add(s, "segment_id", EntityKind.Segment, s.Value.SegmentId);
                }
            },
            refs =>
            {
                foreach (var p in draft.Projects)
                {
                    refs.Add(p, "company_id", EntityKind.Company, p.Value.CompanyId);
                    refs.Add(p, "region_code", EntityKind.Region, p.Value.RegionCode);
                    refs.Add(p, "segment_id", EntityKind.Segment, p.Value.SegmentId);
                }
                foreach (var p in draft.RegionPriorities)
                {
                    refs.Add(p, "region_code", EntityKind.Region, p.Value.RegionCode);
                    refs.Add(p, "segment_id", EntityKind.Segment, p.Value.SegmentId);
                }
            },
        };
        var duplicateProblems = duplicates.Select(_ => new List<ValidationProblem>()).ToArray();
        var referenceGroups = references.Select(_ => new References(defined)).ToArray();
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken },
            [
                .. duplicates.Select((check, i) => (Action)(() => check(duplicateProblems[i]))),
                .. references.Select((collect, i) => (Action)(() => collect(referenceGroups[i]))),
            ]);
        foreach (var problem in duplicateProblems.SelectMany(p => p))
        {
            Add(draft, problem);
        }
        await References.ReportMissingAsync(draft, referenceGroups, existing, cancellationToken).ConfigureAwait(false);

        // the parent chains, side by side too: each reads the store for the parents the data set does not define
        var cycles = await Task.WhenAll(
            Cycles(draft.Regions, EntityKind.Region, "parent_code", r => r.Code, r => r.ParentCode, existing, cancellationToken),
            Cycles(draft.Segments, EntityKind.Segment, "parent_id", s => s.Id, s => s.ParentId, existing, cancellationToken),
            Cycles(draft.Companies, EntityKind.Company, "parent_id", c => c.Id, c => c.ParentId, existing, cancellationToken)).ConfigureAwait(false);
        foreach (var problem in cycles.SelectMany(p => p))
        {
            Add(draft, problem);
        }
    }

    private static void Add(DataSetDraft draft, ValidationProblem problem) =>
        draft.AddProblem(problem.File, problem.Line, problem.Field, problem.Message);

    /// <summary>The rows whose parent chain (in the data set, then the store) comes back to them: one problem per cycle's first row.</summary>
    private static async Task<List<ValidationProblem>> Cycles<T>(
        List<Located<T>> rows,
        EntityKind kind,
        string field,
        Func<T, string> key,
        Func<T, string?> parent,
        IKeyLookup? store,
        CancellationToken cancellationToken)
    {
        // The parent map as it would be after the import: data set rows override the store.
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        // the first row of each key, by position in the list: it alone is reported for a cycle
        var rowsByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var k = key(rows[i].Value);
            if (k.Length > 0 && rowsByKey.TryAdd(k, i))
            {
                parents[k] = parent(rows[i].Value);
            }
        }
        if (store is not null)
        {
            var frontier = parents.Values.Where(p => p is not null && !parents.ContainsKey(p)).Select(p => p!).Distinct(StringComparer.Ordinal).ToList();
            while (frontier.Count > 0)
            {
                var stored = await store.FindKeysAsync(kind, frontier, cancellationToken).ConfigureAwait(false);
                var next = new List<string>();
                foreach (var k in frontier)
                {
                    var p = stored.TryGetValue(k, out var value) ? value : null;
                    parents[k] = p;
                    if (p is not null && !parents.ContainsKey(p) && !next.Contains(p, StringComparer.Ordinal))
                    {
                        next.Add(p);
                    }
                }
                frontier = next;
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        var onCycle = new HashSet<string>(StringComparer.Ordinal);
        // one walk's path and positions, cleared for the next: most keys have no parent and a walk of one step
        var path = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var start in rowsByKey.Keys)
        {
            path.Clear();
            index.Clear();
            var current = start;
            while (current is not null && !done.Contains(current))
            {
                if (index.TryGetValue(current, out var at))
                {
                    onCycle.UnionWith(path.Skip(at));
                    break;
                }
                index[current] = path.Count;
                path.Add(current);
                current = parents.TryGetValue(current, out var p) ? p : null;
            }
            done.UnionWith(path);
        }
        var found = new List<ValidationProblem>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var k = key(row.Value);
            if (onCycle.Contains(k) && rowsByKey[k] == i)
            {
                var cycle = new List<string> { k };
                for (var p = parents[k]; p is not null && p != k && cycle.Count <= onCycle.Count; p = parents.GetValueOrDefault(p))
                {
                    cycle.Add(p);
                }
                cycle.Add(k);
                found.Add(new ValidationProblem(row.File, row.Line, field, $"{field} forms a cycle: {string.Join(" -> ", cycle)}"));
            }
        }
        return found;
    }

    /// <summary>
    /// Collects references that the data set does not define (one collector per group of files, filled side by side),
    /// then resolves them against the store and reports the rest.
    /// </summary>
    private sealed class References(HashSet<string>?[] defined)
    {
        private readonly List<(string File, int Line, string Field, EntityKind Kind, string Key)> _pending = [];

        // per kind, the last key found defined: rows grouped by a reference (a supplier's supplies, a company's sites)
        // repeat the same string, pooled when read, which then needs no lookup in a set of a million keys
        private readonly string?[] _lastDefined = new string?[Enum.GetValues<EntityKind>().Length];

        /// <summary>
        /// The keys the data set defines, by kind (the array is indexed by the kind's number; only read once made: the
        /// collectors share it).
        /// </summary>
        public static HashSet<string>?[] Defined(DataSetDraft draft)
        {
            var defined = new HashSet<string>?[Enum.GetValues<EntityKind>().Length];
            defined[(int)EntityKind.Chain] = Keys(draft.Chains, c => c.Id);
            defined[(int)EntityKind.Region] = Keys(draft.Regions, r => r.Code);
            defined[(int)EntityKind.Segment] = Keys(draft.Segments, s => s.Id);
            defined[(int)EntityKind.Company] = Keys(draft.Companies, c => c.Id);
            return defined;
        }

        public void Add<T>(Located<T> row, string field, EntityKind kind, string? key)
        {
            if (string.IsNullOrEmpty(key))
            {
                return;
            }
            ref var last = ref _lastDefined[(int)kind];
            if (ReferenceEquals(key, last))
            {
                return;
            }
            if (defined[(int)kind]!.Contains(key))
            {
                last = key;
                return;
            }
            _pending.Add((row.File, row.Line, field, kind, key));
        }

        /// <summary>Reports the references of <paramref name="groups"/>, in their order, that the store does not hold either.</summary>
        public static async ValueTask ReportMissingAsync(DataSetDraft draft, IReadOnlyList<References> groups, IKeyLookup? store, CancellationToken cancellationToken)
        {
            var pending = groups.SelectMany(g => g._pending).ToList();
            var found = new Dictionary<EntityKind, IReadOnlyDictionary<string, string?>>();
            foreach (var group in pending.GroupBy(p => p.Kind))
            {
                var keys = group.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
                found[group.Key] = store is null
                    ? new Dictionary<string, string?>()
                    : await store.FindKeysAsync(group.Key, keys, cancellationToken).ConfigureAwait(false);
            }
            foreach (var p in pending)
            {
                if (!found[p.Kind].ContainsKey(p.Key))
                {
                    var what = ContractNames.Of(p.Kind).ToLowerInvariant().Replace('_', ' ');
                    draft.AddProblem(p.File, p.Line, p.Field, $"{p.Field} refers to {what} {Shown.Quote(p.Key)}, which is neither in the data set nor in the store");
                }
            }
        }

        private static HashSet<string> Keys<T>(List<Located<T>> rows, Func<T, string> key) =>
            rows.Select(r => key(r.Value)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
    }
}
