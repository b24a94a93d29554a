using ChainGraph.Domain.Validation;

namespace ChainGraph.Server.Cli;

/// <summary>Prints validation problems as <c>file:line: reason</c> on standard error.</summary>
internal static class ProblemPrinter
{
    public static async Task PrintAsync(IReadOnlyList<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
        }
    }
}
