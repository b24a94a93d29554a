using System.Text;
using ChainGraph.Domain;
using ChainGraph.Domain.Store;
using ChainGraph.Domain.Validation;
using GraphQL;

namespace ChainGraph.Server.GraphQL;

/// <summary>Runs a mutation's input through the import's validation and reports every problem as a field error.</summary>
internal static class MutationValidation
{
    public static async Task ValidateAsync(IResolveFieldContext context, IGraphStore store, DataSetDraft draft, string argument = "input")
    {
        await DataSetValidator.ValidateAsync(draft, store, replaceAll: false, context.CancellationToken).ConfigureAwait(false);
        if (draft.IsValid)
        {
            return;
        }
        var errors = draft.Problems
            .Select(p => new FieldError(ErrorCodes.BadInput, p.Field is null ? argument : $"{argument}.{CamelCase(p.Field)}", $"{argument}: {p.Message}"))
            .ToList();
        // All but the last are added as they are; throwing the last one fails the field, keeping the order.
        foreach (var error in errors.Take(errors.Count - 1))
        {
            error.Path = context.ResponsePath;
            context.Errors.Add(error);
        }
        throw errors[^1];
    }

    /// <summary>segment_ids becomes segmentIds.</summary>
    public static string CamelCase(string column)
    {
        var sb = new StringBuilder(column.Length);
        var upper = false;
        foreach (var ch in column)
        {
            if (ch == '_')
            {
                upper = true;
                continue;
            }
            sb.Append(upper ? char.ToUpperInvariant(ch) : ch);
            upper = false;
        }
        return sb.ToString();
    }
}
