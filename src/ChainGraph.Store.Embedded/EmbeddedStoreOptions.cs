using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Store.Embedded;

/// <summary>Settings of the embedded store (configuration section <c>ChainGraph:Embedded</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "ChainGraph:Embedded";

    /// <summary>Path of the SQLite file; its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/chaingraph.db";

    /// <summary>
    /// How often the service looks for writes another process committed to the file (a command-line import while
    /// it runs), in seconds; 0 turns the check off. Each check reads one row.
    /// </summary>
    [Range(0, 3600)]
    public double RefreshSeconds { get; set; } = 2;
}
