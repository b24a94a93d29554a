namespace ChainGraph.TestSupport.Differential;

/// <summary>
/// The error a question must get: its code (NOT_FOUND, BAD_INPUT), the argument it names (the name as the
/// question's field takes it; a reported <c>weights.proximity</c> or <c>regionCodes[2]</c> names <c>weights</c>
/// or <c>regionCodes</c>), and for an unknown id, the id, which the message must quote.
/// </summary>
public sealed record DiffError(string Code, string Argument, string? Id = null)
{
    /// <summary>The argument a reported name belongs to: the part before any <c>.</c> or <c>[</c>.</summary>
    public static string ArgumentOf(string reported)
    {
        var end = reported.IndexOfAny(['.', '[']);
        return end < 0 ? reported : reported[..end];
    }

    public override string ToString() => Id is null ? $"{Code} on {Argument}" : $"{Code} on {Argument} ('{Id}')";
}
