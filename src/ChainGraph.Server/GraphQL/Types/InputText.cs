namespace ChainGraph.Server.GraphQL.Types;

/// <summary>How mutation inputs treat text: trimmed, and blank means absent.</summary>
internal static class InputText
{
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
