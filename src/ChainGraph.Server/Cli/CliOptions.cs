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
}
