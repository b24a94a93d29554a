using System.Runtime.CompilerServices;
using System.Text;
using ChainGraph.Domain.Model;
using ChainGraph.Domain.Validation;

namespace ChainGraph.Import;

/// <summary>
/// Reads a data set folder into a <see cref="DataSetDraft"/>: every known CSV file, RFC 4180, UTF-8 with
/// or without a BOM (or GBK/GB18030 when asked for), and the same files saved from Excel as <c>.xlsx</c> (first
/// sheet). Problems with the files themselves (unknown file names, broken quoting, wrong cell counts, bad
/// encoding) are recorded in the draft next to the row problems.
/// </summary>
public static class DataSetReader
{
    /// <summary>How many rows of a file read after the key files make a batch for the caller (see <see cref="ReadFolder(string, Encoding?, Action{DataSetDraft}?, Action{DataSetDraft}?)"/>).</summary>
    public const int RowsPerBatch = 65_536;

    /// <summary>After how many rows a file's size is used to estimate its row count (<see cref="DataSetDraft.ExpectRows"/>).</summary>
    private const int RowsToEstimateFrom = 20_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030, the superset of GBK that Chinese Windows and Excel write as "CSV".</summary>
    public static Encoding Gbk { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    public static DataSetDraft ReadFolder(string folder) => ReadFolder(folder, null);

    /// <summary>Reads a folder; <paramref name="encoding"/> is the CSV files' encoding (null: UTF-8).</summary>
    public static DataSetDraft ReadFolder(string folder, Encoding? encoding) => ReadFolder(folder, encoding, null, null);

    /// <summary>
    /// As above, for an importer that writes rows while the rest is read: <paramref name="keyFilesRead"/> is called with
    /// the draft once the files that define the keys others refer to (chains, regions, segments, flows, companies) are
    /// read, before the others (sites, supplies, projects, anchors, priorities); the draft is then only for reading and the
    /// reading goes on after the call. <paramref name="otherRowsRead"/> is called, on the thread reading it, with the draft
    /// of each file read after them (its own rows and problems only, before they join the folder's draft) every
    /// <see cref="RowsPerBatch"/> rows and once more when the file is read.
    /// </summary>
    public static DataSetDraft ReadFolder(string folder, Encoding? encoding, Action<DataSetDraft>? keyFilesRead, Action<DataSetDraft>? otherRowsRead)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"data set folder {Shown.Quote(folder)} does not exist");
        }
        var draft = new DataSetDraft();
        var present = Directory.EnumerateFiles(folder)
            .Select(Path.GetFileName)
            .Where(n => n is not null && (n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || (n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !n.StartsWith("~$", StringComparison.Ordinal))))
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in present)
        {
            if (DataSetSchema.Find(CsvName(name)) is null)
            {
                draft.AddProblem(name, 1, null, $"unknown data set file {Shown.Quote(name)} (expected one of: {string.Join(", ", DataSetSchema.Files.Select(f => f.FileName))}, or the same names as .xlsx)");
            }
        }
        // The files that define the keys others refer to (chains, regions, segments, flows, companies) are read in
        // order into one pool of shared cells. The others define no key another file names and hold most of the rows
        // (sites, supplies): they are read two at a time, each into a draft of its own over a layer of that pool, and
        // added to the folder's draft in the format's order, so rows and problems come out as a reading in order gives them.
        var keyFiles = DataSetSchema.Files.Where(f => !DefinesNoReferencedKey(f)).ToArray();
        var otherFiles = DataSetSchema.Files.Where(DefinesNoReferencedKey).ToArray();
        var pool = new CellPool();
        foreach (var file in keyFiles)
        {
            ReadEither(draft, folder, file, present, encoding, pool);
        }
        keyFilesRead?.Invoke(draft);
        var parts = new DataSetDraft[otherFiles.Length];
        var largestFirst = Enumerable.Range(0, otherFiles.Length)
            .OrderByDescending(i => Size(folder, otherFiles[i]))
            .ToArray();
        var taken = -1;
        void Worker()
        {
            var layer = pool.Layer();
            int next;
            while ((next = Interlocked.Increment(ref taken)) < largestFirst.Length)
            {
                var i = largestFirst[next];
                parts[i] = new DataSetDraft();
                var part = parts[i];
                ReadEither(part, folder, otherFiles[i], present, encoding, layer, otherRowsRead is null ? null : () => otherRowsRead(part));
                otherRowsRead?.Invoke(part);
            }
        }
        var second = Task.Run(Worker);
        Worker();
        second.GetAwaiter().GetResult();
        foreach (var part in parts)
        {
            draft.Append(part);
        }
        return draft;
    }

    /// <summary>Whether no other file of the data set refers to a key this file defines (so it may be read beside others).</summary>
    private static bool DefinesNoReferencedKey(DataSetFile file) =>
        file.Kind is EntityKind.Anchor or EntityKind.Site or EntityKind.Supply or EntityKind.Project or EntityKind.RegionPriority;

    /// <summary>Reads a file of the data set from its CSV or its .xlsx, whichever the folder holds.</summary>
    private static void ReadEither(DataSetDraft draft, string folder, DataSetFile file, List<string> present, Encoding? encoding, CellPool pool, Action? batchRead = null)
    {
        var xlsx = Path.ChangeExtension(file.FileName, ".xlsx");
        var hasCsv = present.Contains(file.FileName, StringComparer.Ordinal);
        var hasXlsx = present.Contains(xlsx, StringComparer.Ordinal);
        if (hasCsv && hasXlsx)
        {
            draft.AddProblem(xlsx, 1, null, $"both {file.FileName} and {xlsx} are in the folder: keep one of them");
        }
        else if (hasCsv)
        {
            using var stream = File.OpenRead(Path.Combine(folder, file.FileName));
            ReadFile(draft, file, stream, encoding, pool, batchRead);
        }
        else if (hasXlsx)
        {
            XlsxSheet.Read(draft, file, Path.Combine(folder, xlsx));
        }
    }

    /// <summary>The size of a file of the data set in the folder, CSV or .xlsx (0 when it has neither).</summary>
    private static long Size(string folder, DataSetFile file)
    {
        var csv = new FileInfo(Path.Combine(folder, file.FileName));
        var xlsx = new FileInfo(Path.Combine(folder, Path.ChangeExtension(file.FileName, ".xlsx")));
        return (csv.Exists ? csv.Length : 0) + (xlsx.Exists ? xlsx.Length : 0);
    }

    private static string CsvName(string name) =>
        name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Path.ChangeExtension(name, ".csv") : name;

    /// <summary>Reads one file's rows into the draft.</summary>
    public static void ReadFile(DataSetDraft draft, DataSetFile file, Stream stream) => ReadFile(draft, file, stream, null);

    /// <summary>Reads one file's rows into the draft, in <paramref name="encoding"/> (null: UTF-8).</summary>
    public static void ReadFile(DataSetDraft draft, DataSetFile file, Stream stream, Encoding? encoding) => ReadFile(draft, file, stream, encoding, null);

    /// <summary>
    /// As above; with <paramref name="shared"/>, the cells of key and reference columns (<c>id</c>, <c>code</c>,
    /// <c>*_id</c>, <c>*_code</c>; see <see cref="IsSharedColumn"/>) and <c>source</c> become one string instance per value across the files read with it,
    /// so that the rows referring to a company hold its id once rather than a copy each (a third of the rows' memory
    /// in a large data set).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadFile(DataSetDraft draft, DataSetFile file, Stream stream, Encoding? encoding, CellPool? shared, Action? batchRead = null)
    {
        if (LooksLikeUtf16(stream))
        {
            draft.AddProblem(file.FileName, 1, null, "the file is UTF-16 text; save it as UTF-8 (with or without a BOM) and import again");
            return;
        }
        var start = stream.CanSeek ? stream.Position : 0;
        using var text = new StreamReader(stream, encoding ?? StrictUtf8, detectEncodingFromByteOrderMarks: encoding is null, leaveOpen: true);
        try
        {
            var csv = new CsvRecordReader(text);
            if (!csv.Read())
            {
                return;
            }
            if (csv.Malformed)
            {
                AddMalformed(draft, file, csv);
            }
            var header = new string[csv.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = csv[i].Trim().ToString();
            }
            draft.AddHeader(file, header);
            // Which header columns the format knows, decided once per file rather than per cell.
            var known = header.Select(h => file.Columns.Contains(h, StringComparer.Ordinal)).ToArray();
            // a known column's cells are keyed by the format's own name string (see ColumnNameComparer)
            var names = header.Select(h => file.Columns.FirstOrDefault(c => string.Equals(c, h, StringComparison.Ordinal)) ?? h).ToArray();
            var share = header.Select((h, i) => shared is not null && known[i] && (IsSharedColumn(file, h))).ToArray();
            // The last shared cell of each column: rows grouped by a column (a supplier's supplies, a company's sites)
            // repeat its value, which is then reused without a lookup in the pool of millions of values.
            var previous = new string?[header.Length];
            // The draft keeps the values parsed from a row, never its cells: one dictionary serves every row of the file.
            var cells = new Dictionary<string, string>(header.Length, ColumnNameComparer.Instance);
            var rows = 0;
            while (csv.Read())
            {
                if (++rows == RowsToEstimateFrom && stream.CanSeek && stream.Position > start)
                {
                    // The bytes behind the rows read so far (with up to one buffer more) say about how many rows the
                    // file holds; a little over, so that the list does not double for its last few rows.
                    var estimate = rows * (double)(stream.Length - start) / (stream.Position - start) * 1.15;
                    draft.ExpectRows(file, (int)Math.Min(estimate, Array.MaxLength));
                }
                if (csv.Malformed)
                {
                    AddMalformed(draft, file, csv);
                    continue;
                }
                if (csv.FieldCount != header.Length)
                {
                    draft.AddProblem(file.FileName, csv.Line, null, $"row has {csv.FieldCount} cells but the header has {header.Length} columns");
                    continue;
                }
                cells.Clear();
                for (var i = 0; i < header.Length; i++)
                {
                    if (!known[i])
                    {
                        continue;
                    }
                    var value = csv[i].Trim();
                    if (value.Length > 0)
                    {
                        cells[names[i]] = share[i] ? SharedCell(shared!, ref previous[i], value) : value.ToString();
                    }
                }
                draft.AddRow(file, new RawRow(csv.Line, cells));
                if (batchRead is not null && rows % RowsPerBatch == 0)
                {
                    batchRead();
                }
            }
        }
        catch (DecoderFallbackException)
        {
            draft.AddProblem(file.FileName, 1, null, "file is not valid UTF-8" + (stream.CanSeek && LooksLikeGbk(stream, start)
                ? ": it looks like GBK, what Excel and WPS on Chinese Windows save as \"CSV\"; save it as \"CSV UTF-8\" (CSV UTF-8 (逗号分隔)), or import it with --encoding gbk"
                : "; save it as UTF-8"));
        }
    }

    /// <summary>Reports a record that breaks the quoting rules; its cells are not used.</summary>
    private static void AddMalformed(DataSetDraft draft, DataSetFile file, CsvRecordReader csv) =>
        draft.AddProblem(file.FileName, csv.Line, null, $"malformed CSV near {Shown.Quote(csv.RawRecord.Trim())} (check the quotes)");

    /// <summary>
    /// Whether a column's cells go through the shared pool: references to other rows (<c>*_id</c>, <c>*_code</c>), the
    /// keys they refer to, and <c>source</c>. The ids of sites and projects are named by no other file, so pooling them
    /// would only grow the pool (two million entries at a million companies) and slow every lookup in it. The columns of
    /// few distinct values (enumerations, tags, a site's segments) are shared as well: a copy of each such cell would be
    /// garbage the moment its row is parsed, and the collections that run while a large file is read cost by the garbage
    /// between the rows they keep as well as by the rows.
    /// </summary>
    private static bool IsSharedColumn(DataSetFile file, string column) => column switch
    {
        "id" => file.Kind is not (Domain.Model.EntityKind.Site or Domain.Model.EntityKind.Project),
        "code" or "source" => true,
        "kind" or "confidence" or "status" or "level" or "category" or "tags" or "segment_ids" => true,
        _ => column.EndsWith("_id", StringComparison.Ordinal) || column.EndsWith("_code", StringComparison.Ordinal),
    };

    /// <summary>The pooled instance of a shared cell, taken from the column's previous cell when the value repeats.</summary>
    private static string SharedCell(CellPool shared, ref string? previous, ReadOnlySpan<char> value)
    {
        if (previous is not null && value.SequenceEqual(previous))
        {
            return previous;
        }
        return previous = shared.Share(value);
    }

    /// <summary>The whole file reads as GB18030 and holds Chinese characters: a GBK file, most likely.</summary>
    private static bool LooksLikeGbk(Stream stream, long start)
    {
        stream.Position = start;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var strict = (Encoding)Gbk.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            var text = strict.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A UTF-16 byte order mark, or a NUL in the first two bytes (UTF-16 without one).</summary>
    private static bool LooksLikeUtf16(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }
        Span<byte> start = stackalloc byte[2];
        var read = stream.ReadAtLeast(start, 2, throwOnEndOfStream: false);
        stream.Seek(-read, SeekOrigin.Current);
        return read == 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF) || start[0] == 0 || start[1] == 0);
    }
}
