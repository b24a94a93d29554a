using System.CommandLine;

namespace ChainGraph.Server.Cli;

/// <summary>Options shared by every verb.</summary>
internal static class CliOptions
{
    public const string DefaultDatabase = "data/chaingraph.db";

    /// <summary><c>--db PATH</c>: the embedded store's file; default from configuration <c>ChainGraph:Embedded:Path</c>.</summary>
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = $"Path of the embedded store file (default: configuration ChainGraph:Embedded:Path, else {DefaultDatabase})",
        Recursive = true,
    };

    /// <summary><c>--lang zh|en</c>: the words of tables (codes stay codes in <c>--json</c>); Chinese by default.</summary>
    public static Option<string> Language { get; } = new("--lang")
    {
        Description = "Language of printed tables: zh (default) or en; --json always prints the codes",
        Recursive = true,
        DefaultValueFactory = _ => "zh",
    };

    /// <summary><c>--encoding utf-8|gbk</c>: the encoding of a data set's CSV files (import, validate).</summary>
    public static Option<string> Encoding { get; } = new("--encoding")
    {
        Description = "Encoding of the data set's CSV files: utf-8 (default) or gbk (what Excel on Chinese Windows saves as CSV)",
        Recursive = true,
        DefaultValueFactory = _ => "utf-8",
    };

    /// <summary>The CSV encoding asked for: null for UTF-8, GB18030 for gbk/gb18030; anything else is refused.</summary>
    public static System.Text.Encoding? CsvEncoding(System.CommandLine.ParseResult parse) =>
        parse.GetValue(Encoding)?.ToLowerInvariant() switch
        {
            null or "utf-8" or "utf8" => null,
            "gbk" or "gb18030" or "gb2312" => Import.DataSetReader.Gbk,
            var other => throw new CliInputException($"--encoding must be utf-8 or gbk, not '{other}'"),
        };

    /// <summary>Whether the tables should say the English codes.</summary>
    public static bool English(System.CommandLine.ParseResult parse) => string.Equals(parse.GetValue(Language), "en", StringComparison.OrdinalIgnoreCase);
}
