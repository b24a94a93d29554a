using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Store.Embedded;

/// <summary>Settings of the embedded store (configuration section <c>ChainGraph:Embedded</c>).</summary>
public sealed class EmbeddedStoreOptions
{
    public const string SectionName = "ChainGraph:Embedded";

    /// <summary>Path of the SQLite file; its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/chaingraph.db";
}
