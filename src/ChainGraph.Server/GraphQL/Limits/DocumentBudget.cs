using System.Runtime.CompilerServices;
using GraphQLParser.AST;

namespace ChainGraph.Server.GraphQL.Limits;

/// <summary>
/// Checks a parsed document against the request limits before GraphQL.NET validates or runs it: the number
/// of fields once every fragment spread is expanded (fragment sizes are memoised, so a fan-out of spreads
/// costs one pass over the text), fragment cycles, repeated response names in one selection set (what makes
/// overlapping-field validation quadratic) and the nesting of introspection's list fields.
/// </summary>
internal sealed class DocumentBudget
{
    private static readonly HashSet<string> IntrospectionLists =
        new(StringComparer.Ordinal) { "types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues" };

    private readonly GraphQLLimitsOptions _limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fragmentSizes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    private DocumentBudget(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        _limits = limits;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.Value.ToString(), fragment);
        }
    }

    /// <summary>What is wrong with the document, or null when it is within every limit.</summary>
    public static string? Check(GraphQLDocument document, GraphQLLimitsOptions limits)
    {
        var budget = new DocumentBudget(document, limits);
        try
        {
            return budget.CheckAll(document);
        }
        catch (InsufficientExecutionStackException)
        {
            return "the query nests fragments or selections too deeply to be checked";
        }
        catch (LimitExceeded e)
        {
            return e.Message;
        }
    }

    private string? CheckAll(GraphQLDocument document)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        long total = 0;
        foreach (var operation in operations)
        {
            total = Math.Min(total + Size(operation.SelectionSet), long.MaxValue / 2);
        }
        if (total > _limits.MaxSelectedFields)
        {
            return $"the query selects more than {_limits.MaxSelectedFields} fields once its fragments are expanded";
        }
        // Every further walk expands fragments in place: it is bounded by the size just checked.
        foreach (var operation in operations)
        {
            Walk(operation.SelectionSet, introspectionLists: -1);
        }
        return null;
    }

    /// <summary>Fields selected by a selection set with every spread expanded; saturates above the limit.</summary>
    private long Size(GraphQLSelectionSet? set)
    {
        if (set is null)
        {
            return 0;
        }
        RuntimeHelpers.EnsureSufficientExecutionStack();
        long size = 0;
        foreach (var selection in set.Selections)
        {
            size += selection switch
            {
                GraphQLField field => 1 + Size(field.SelectionSet),
                GraphQLInlineFragment inline => Size(inline.SelectionSet),
                GraphQLFragmentSpread spread => FragmentSize(spread.FragmentName.Name.Value.ToString()),
                _ => 0,
            };
            if (size > _limits.MaxSelectedFields)
            {
                return _limits.MaxSelectedFields + 1L;
            }
        }
        return size;
    }

    private long FragmentSize(string name)
    {
        if (_fragmentSizes.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!_fragments.TryGetValue(name, out var fragment))
        {
            return 0; // validation reports the unknown fragment
        }
        if (!_expanding.Add(name))
        {
            throw new LimitExceeded($"fragment '{name}' spreads itself (directly or through other fragments)");
        }
        var size = Size(fragment.SelectionSet);
        _expanding.Remove(name);
        _fragmentSizes[name] = size;
        return size;
    }

    /// <summary>
    /// Visits the expanded selection tree: repeated response names per selection set, and the nesting of
    /// introspection list fields (-1 outside introspection).
    /// </summary>
    private void Walk(GraphQLSelectionSet set, int introspectionLists)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var fields = new List<GraphQLField>();
        Flatten(set, fields);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = (field.Alias?.Name ?? field.Name).Value.ToString();
            names[name] = names.GetValueOrDefault(name) + 1;
            if (names[name] > _limits.MaxFieldsPerResponseName)
            {
                throw new LimitExceeded($"more than {_limits.MaxFieldsPerResponseName} fields answer as '{name}' in one selection set");
            }
        }
        foreach (var field in fields)
        {
            if (field.SelectionSet is null)
            {
                continue;
            }
            var fieldName = field.Name.Value.ToString();
            var lists = introspectionLists;
            if (fieldName is "__schema" or "__type")
            {
                lists = 0;
            }
            else if (lists >= 0 && IntrospectionLists.Contains(fieldName) && ++lists > _limits.MaxIntrospectionListDepth)
            {
                throw new LimitExceeded(
                    $"introspection nests list fields ({string.Join(", ", IntrospectionLists.Order(StringComparer.Ordinal))}) more than {_limits.MaxIntrospectionListDepth} deep");
            }
            Walk(field.SelectionSet, lists);
        }
    }

    /// <summary>The fields of a selection set with inline fragments and spreads merged in.</summary>
    private void Flatten(GraphQLSelectionSet set, List<GraphQLField> into)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    into.Add(field);
                    break;
                case GraphQLInlineFragment inline:
                    Flatten(inline.SelectionSet, into);
                    break;
                case GraphQLFragmentSpread spread when _fragments.TryGetValue(spread.FragmentName.Name.Value.ToString(), out var fragment):
                    Flatten(fragment.SelectionSet, into);
                    break;
                default:
                    break;
            }
        }
    }

    private sealed class LimitExceeded(string message) : Exception(message);
}
