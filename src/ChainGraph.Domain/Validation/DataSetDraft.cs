using System.Runtime.CompilerServices;
using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Validation;

/// <summary>
/// A data set being read: parsed rows with their positions, and every problem found so far. Rows
/// with problems are kept, so that references to their keys still resolve (a reference to an invalid
/// row does not make the referring row invalid too).
/// </summary>
public sealed class DataSetDraft
{
    private readonly List<ValidationProblem> _problems = [];
    private readonly HashSet<(string File, int Line)> _badRows = [];
    private readonly Dictionary<string, MissingColumns> _missing = new(StringComparer.Ordinal);
    private CellReader? _cells; // one for every row this draft parses (a draft is filled by one thread at a time)

    public List<Located<Chain>> Chains { get; private set; } = [];
    public List<Located<Region>> Regions { get; private set; } = [];
    public List<Located<Segment>> Segments { get; private set; } = [];
    public List<Located<SegmentFlow>> Flows { get; private set; } = [];
    public List<Located<Company>> Companies { get; private set; } = [];
    public List<Located<Site>> Sites { get; private set; } = [];
    public List<Located<Supply>> Supplies { get; private set; } = [];
    public List<Located<Project>> Projects { get; private set; } = [];
    public List<Located<Anchor>> Anchors { get; private set; } = [];
    public List<Located<RegionPriority>> RegionPriorities { get; private set; } = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    public int RowCount =>
        Chains.Count + Regions.Count + Segments.Count + Flows.Count + Companies.Count + Sites.Count + Supplies.Count + Projects.Count
        + Anchors.Count + RegionPriorities.Count;

    public void AddProblem(string file, int line, string? field, string message)
    {
        _problems.Add(new ValidationProblem(file, line, field, message));
        _badRows.Add((file, line));
    }

    /// <summary>
    /// Checks a file's header: unknown and repeated columns are an error. A required column (see
    /// <see cref="DataSetFile.RequiredColumns"/>) that the header lacks is one problem on line 1, reported
    /// with the file's first row (a file without rows holds nothing that could miss a value); the rows are
    /// then not reported one by one for it.
    /// </summary>
    public void AddHeader(DataSetFile file, IReadOnlyList<string> header)
    {
        var missing = file.RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
        _missing[file.FileName] = new MissingColumns(missing);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in header)
        {
            if (!file.Columns.Contains(column, StringComparer.Ordinal))
            {
                AddProblem(file.FileName, 1, column, $"unknown column {Shown.Quote(column)} (expected: {string.Join(", ", file.Columns)})");
            }
            else if (!seen.Add(column))
            {
                AddProblem(file.FileName, 1, column, $"column {Shown.Quote(column)} appears twice");
            }
        }
    }

    /// <summary>Parses one data row of <paramref name="file"/> and runs the per-row rules on it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRow(DataSetFile file, RawRow row)
    {
        var cells = _cells ??= new CellReader(row.Cells);
        cells.Reset(row.Cells);
        if (_missing.TryGetValue(file.FileName, out var missing) && !missing.Reported)
        {
            missing.Reported = true;
            foreach (var column in missing.Columns)
            {
                AddProblem(file.FileName, 1, column, $"missing column {column}");
            }
        }
        switch (file.Kind)
        {
            case EntityKind.Chain: Keep(Chains, file, row, cells, RowParser.Chain(cells), EntityRules.Check); break;
            case EntityKind.Region: Keep(Regions, file, row, cells, RowParser.Region(cells), EntityRules.Check); break;
            case EntityKind.Segment: Keep(Segments, file, row, cells, RowParser.Segment(cells), EntityRules.Check); break;
            case EntityKind.SegmentFlow: Keep(Flows, file, row, cells, RowParser.Flow(cells), EntityRules.Check); break;
            case EntityKind.Company: Keep(Companies, file, row, cells, RowParser.Company(cells), EntityRules.Check); break;
            case EntityKind.Site: Keep(Sites, file, row, cells, RowParser.Site(cells), EntityRules.Check); break;
            case EntityKind.Supply: Keep(Supplies, file, row, cells, RowParser.Supply(cells), EntityRules.Check); break;
            case EntityKind.Project: Keep(Projects, file, row, cells, RowParser.Project(cells), EntityRules.Check); break;
            case EntityKind.Anchor: Keep(Anchors, file, row, cells, RowParser.Anchor(cells), EntityRules.Check); break;
            case EntityKind.RegionPriority: Keep(RegionPriorities, file, row, cells, RowParser.RegionPriority(cells), EntityRules.Check); break;
            default: throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "unknown entity kind");
        }
    }

    /// <summary>Adds an entity that did not come from a file (a mutation's input).</summary>
    public void AddEntity<T>(List<Located<T>> list, T entity, string source, Func<T, IEnumerable<FieldProblem>> rules)
    {
        list.Add(new Located<T>(entity, source, 1));
        foreach (var problem in rules(entity))
        {
            AddProblem(source, 1, problem.Field, problem.Message);
        }
    }

    /// <summary>
    /// Adds everything <paramref name="part"/> holds (a draft of other files read on their own) after what this draft
    /// holds: rows, problems, rows with problems and the files' missing columns. A list of rows this draft does not have
    /// yet is taken over rather than copied, so <paramref name="part"/> is not to be used afterwards.
    /// </summary>
    public void Append(DataSetDraft part)
    {
        ArgumentNullException.ThrowIfNull(part);
        _problems.AddRange(part._problems);
        _badRows.UnionWith(part._badRows);
        foreach (var (file, missing) in part._missing)
        {
            _missing[file] = missing;
        }
        Chains = Joined(Chains, part.Chains);
        Regions = Joined(Regions, part.Regions);
        Segments = Joined(Segments, part.Segments);
        Flows = Joined(Flows, part.Flows);
        Companies = Joined(Companies, part.Companies);
        Sites = Joined(Sites, part.Sites);
        Supplies = Joined(Supplies, part.Supplies);
        Projects = Joined(Projects, part.Projects);
        Anchors = Joined(Anchors, part.Anchors);
        RegionPriorities = Joined(RegionPriorities, part.RegionPriorities);
    }

    /// <summary>
    /// Makes room for about <paramref name="rows"/> rows of <paramref name="file"/> (a reader's estimate from the file's
    /// size), so that a large file's rows are not copied each time their list doubles.
    /// </summary>
    public void ExpectRows(DataSetFile file, int rows)
    {
        ArgumentNullException.ThrowIfNull(file);
        switch (file.Kind)
        {
            case EntityKind.Chain: Reserve(Chains, rows); break;
            case EntityKind.Region: Reserve(Regions, rows); break;
            case EntityKind.Segment: Reserve(Segments, rows); break;
            case EntityKind.SegmentFlow: Reserve(Flows, rows); break;
            case EntityKind.Company: Reserve(Companies, rows); break;
            case EntityKind.Site: Reserve(Sites, rows); break;
            case EntityKind.Supply: Reserve(Supplies, rows); break;
            case EntityKind.Project: Reserve(Projects, rows); break;
            case EntityKind.Anchor: Reserve(Anchors, rows); break;
            case EntityKind.RegionPriority: Reserve(RegionPriorities, rows); break;
            default: throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "unknown entity kind");
        }
    }

    /// <summary>Room for <paramref name="rows"/> rows exactly (List's own growth would double it).</summary>
    private static void Reserve<T>(List<T> list, int rows)
    {
        if (list.Capacity < rows)
        {
            list.Capacity = rows;
        }
    }

    /// <summary>The rows of <paramref name="mine"/> then those of <paramref name="theirs"/>; the part's own list when this draft has none (the part is not used again).</summary>
    private static List<T> Joined<T>(List<T> mine, List<T> theirs)
    {
        if (mine.Count == 0)
        {
            return theirs;
        }
        mine.AddRange(theirs);
        return mine;
    }

    public bool IsBad<T>(Located<T> row) => _badRows.Contains((row.File, row.Line));

    /// <summary>The rows as a change set; only meaningful once the draft is valid.</summary>
    public ChangeSet ToChangeSet(bool replaceAll) => ToChangeSet(replaceAll, 0);

    /// <summary>
    /// As <see cref="ToChangeSet(bool)"/>, without the first <paramref name="skip"/> rows of each table: for a draft of one
    /// file being read, the rows read since the last call (whose row count was <paramref name="skip"/>).
    /// </summary>
    public ChangeSet ToChangeSet(bool replaceAll, int skip) => new()
    {
        ReplaceAll = replaceAll,
        Chains = Values(Chains, skip),
        Regions = Values(Regions, skip),
        Segments = Values(Segments, skip),
        Flows = Values(Flows, skip),
        Companies = Values(Companies, skip),
        Sites = Values(Sites, skip),
        Supplies = Values(Supplies, skip),
        Projects = Values(Projects, skip),
        Anchors = Values(Anchors, skip),
        RegionPriorities = Values(RegionPriorities, skip),
    };

    private static T[] Values<T>(List<Located<T>> rows, int skip)
    {
        var values = new T[Math.Max(0, rows.Count - skip)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = rows[skip + i].Value;
        }
        return values;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Keep<T>(List<Located<T>> list, DataSetFile file, RawRow row, CellReader cells, T entity, Func<T, IEnumerable<FieldProblem>> rules)
    {
        list.Add(new Located<T>(entity, file.FileName, row.Line));
        // A column the header lacks was reported once on line 1; its empty cells are not reported again.
        var absent = _missing.TryGetValue(file.FileName, out var missing) ? missing.Columns : [];
        HashSet<string>? flagged = null; // made only for a row that has a problem or lacks a column
        if (absent.Count > 0)
        {
            flagged = new HashSet<string>(absent, StringComparer.Ordinal);
            _badRows.Add((file.FileName, row.Line));
        }
        foreach (var problem in cells.Problems)
        {
            if (!absent.Contains(problem.Field, StringComparer.Ordinal))
            {
                (flagged ??= new HashSet<string>(StringComparer.Ordinal)).Add(problem.Field);
                AddProblem(file.FileName, row.Line, problem.Field, problem.Message);
            }
        }
        foreach (var problem in rules(entity))
        {
            if (flagged is null || !flagged.Contains(problem.Field))
            {
                AddProblem(file.FileName, row.Line, problem.Field, problem.Message);
            }
        }
    }
}
