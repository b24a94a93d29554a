using GraphQL;

namespace ChainGraph.Server.GraphQL.Limits;

/// <summary>Keeps a response's error list short: the first errors, then one that counts the rest.</summary>
internal static class ErrorCap
{
    public const string Code = "TOO_MANY_ERRORS";

    public static void Apply(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
        {
            return;
        }
        var dropped = errors.Count - maxErrors;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors))
        {
            kept.Add(error);
        }
        kept.Add(new ExecutionError($"{dropped} more errors not shown (at most {maxErrors} are listed)") { Code = Code });
        result.Errors = kept;
    }
}
