namespace ChainGraph.Server.Security;

/// <summary>Access control (configuration section <c>ChainGraph:Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "ChainGraph:Security";

    /// <summary>Keys accepted in <c>Authorization: Bearer</c> or <c>X-Api-Key</c>; stored as hashes only.</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>When true, reads need a reader or editor key too. Mutations always need an editor key.</summary>
    public bool RequireKeyForReads { get; set; }
}
