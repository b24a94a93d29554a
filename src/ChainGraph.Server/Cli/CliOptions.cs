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

    /// <summary>Whether the tables should say the English codes.</summary>
    public static bool English(System.CommandLine.ParseResult parse) => string.Equals(parse.GetValue(Language), "en", StringComparison.OrdinalIgnoreCase);
}
