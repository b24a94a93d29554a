namespace ChainGraph.Server.Security;

/// <summary>What a caller may do. Editors may also read.</summary>
public enum CallerRole
{
    Anonymous,
    Reader,
    Editor,
}
