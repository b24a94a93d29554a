namespace ChainGraph.Server.Seeding;

/// <summary>First-start seeding (configuration section <c>ChainGraph:Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string SectionName = "ChainGraph:Seed";

    /// <summary>Import the seed folder when the store holds no region and no company.</summary>
    public bool OnFirstStart { get; set; } = true;

    /// <summary>The data set folder; when empty, <c>graph-seed</c> is looked for in the working folder and above.</summary>
    public string? Path { get; set; }
}
