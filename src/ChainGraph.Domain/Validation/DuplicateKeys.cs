using System.Runtime.CompilerServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// The duplicate-key rule of <see cref="DataSetValidator"/>: a row whose key an earlier row of the same file has is
/// reported with the line of that first row. Files listed in key order, and supplies listed supplier by supplier, are
/// checked by comparing neighbours or one supplier's rows; the others through a table of their keys.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>
    /// <see cref="Duplicates{T, TKey}"/> for supplies, the largest file: within each supplier when they are listed supplier
    /// by supplier (<see cref="DuplicatesBySupplier"/>), otherwise in a table of row positions of its own: a
    /// dictionary keyed by the supply key struct is runtime code compiled for that struct, which an import runs for
    /// hundreds of thousands of rows before the runtime optimises it (the runtime waits for a pause in compilation that an
    /// import never makes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SupplyDuplicates(List<ValidationProblem> found, List<Located<Supply>> rows)
    {
        if (DuplicatesBySupplier(found, rows))
        {
            return;
        }
        // open addressing, at most half full: each slot holds 1 + the position of the first row of a key, or 0
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        var slots = new int[size];
        var mask = size - 1;
        for (var i = 0; i < rows.Count; i++)
        {
            var supply = rows[i].Value;
            var hash = (uint)supply.SupplierId.GetHashCode();
            hash = (System.Numerics.BitOperations.RotateLeft(hash, 5) ^ (uint)supply.CustomerId.GetHashCode()) * 0x9E3779B1u;
            hash = (System.Numerics.BitOperations.RotateLeft(hash, 5) ^ (uint)(supply.SegmentId?.GetHashCode() ?? 0)) * 0x9E3779B1u;
            for (var at = (int)(hash ^ (hash >> 15)) & mask; ; at = (at + 1) & mask)
            {
                var slot = slots[at];
                if (slot == 0)
                {
                    slots[at] = i + 1;
                    break;
                }
                var first = rows[slot - 1];
                if (string.Equals(first.Value.SupplierId, supply.SupplierId, StringComparison.Ordinal)
                    && string.Equals(first.Value.CustomerId, supply.CustomerId, StringComparison.Ordinal)
                    && string.Equals(first.Value.SegmentId, supply.SegmentId, StringComparison.Ordinal))
                {
                    var row = rows[i];
                    found.Add(new ValidationProblem(row.File, row.Line, null, $"duplicate key {Shown.Quote(supply.Key.ToString())} (first at line {first.Line})"));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The duplicate keys of supplies listed supplier by supplier, the suppliers in ascending order (as an export sorted by
    /// supplier, or by key, lists them): a key can then repeat only among one supplier's rows, which are compared with each
    /// other instead of hashing half a million keys into a table. Answers false, reporting nothing, when the rows are not
    /// so listed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool DuplicatesBySupplier(List<ValidationProblem> found, List<Located<Supply>> rows)
    {
        List<ValidationProblem>? problems = null;
        var start = 0;
        for (var i = 1; i <= rows.Count; i++)
        {
            if (i < rows.Count)
            {
                var order = string.CompareOrdinal(rows[start].Value.SupplierId, rows[i].Value.SupplierId);
                if (order == 0)
                {
                    continue;
                }
                if (order > 0)
                {
                    return false;
                }
            }
            if (i - start > 1)
            {
                SupplierDuplicates(rows, start, i, ref problems);
            }
            start = i;
        }
        if (problems is not null)
        {
            found.AddRange(problems);
        }
        return true;
    }

    /// <summary>The duplicate keys among the rows <paramref name="start"/> to <paramref name="end"/> (one supplier's), each reported with its first row.</summary>
    private static void SupplierDuplicates(List<Located<Supply>> rows, int start, int end, ref List<ValidationProblem>? problems)
    {
        // a few rows are compared pairwise; a supplier of many customers gets a table of its own
        Dictionary<(string Customer, string? Segment), int>? firsts = end - start > 16 ? new(end - start) : null;
        for (var i = start; i < end; i++)
        {
            var supply = rows[i].Value;
            var first = -1;
            if (firsts is not null)
            {
                if (!firsts.TryAdd((supply.CustomerId, supply.SegmentId), i))
                {
                    first = firsts[(supply.CustomerId, supply.SegmentId)];
                }
            }
            else
            {
                for (var k = start; k < i; k++)
                {
                    var earlier = rows[k].Value;
                    if (string.Equals(earlier.CustomerId, supply.CustomerId, StringComparison.Ordinal) && string.Equals(earlier.SegmentId, supply.SegmentId, StringComparison.Ordinal))
                    {
                        first = k;
                        break;
                    }
                }
            }
            if (first >= 0)
            {
                var row = rows[i];
                (problems ??= []).Add(new ValidationProblem(row.File, row.Line, null, $"duplicate key {Shown.Quote(supply.Key.ToString())} (first at line {rows[first].Line})"));
            }
        }
    }

    /// <summary>Rows whose (non-empty) key an earlier row of the file has; none when the keys are in strictly ascending order.</summary>
    public static void Duplicates<T>(List<ValidationProblem> found, List<Located<T>> rows, Func<T, string> key)
    {
        if (!InKeyOrder(rows, key))
        {
            Duplicates(found, rows, key, k => k.Length == 0);
        }
    }

    /// <summary>Whether the non-empty keys of <paramref name="rows"/> are in strictly ascending ordinal order (so none repeats).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool InKeyOrder<T>(List<Located<T>> rows, Func<T, string> key)
    {
        string? last = null;
        foreach (var row in rows)
        {
            var k = key(row.Value);
            if (k.Length == 0)
            {
                continue;
            }
            if (last is not null && string.CompareOrdinal(last, k) >= 0)
            {
                return false;
            }
            last = k;
        }
        return true;
    }

    /// <summary>
    /// Rows whose key an earlier row of the file has; keys are compared as values (a supply's key is three ids, not a
    /// string made of them for every row), rows whose key is <paramref name="incomplete"/> are left to the per-row rules.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Duplicates<T, TKey>(List<ValidationProblem> found, List<Located<T>> rows, Func<T, TKey> key, Func<TKey, bool> incomplete)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>(rows.Count);
        foreach (var row in rows)
        {
            var k = key(row.Value);
            if (incomplete(k))
            {
                continue;
            }
            if (!first.TryAdd(k, row.Line))
            {
                found.Add(new ValidationProblem(row.File, row.Line, null, $"duplicate key {Shown.Quote(k.ToString()!)} (first at line {first[k]})"));
            }
        }
    }
}
