using GraphQL.Conversion;
using GraphQL.Types;

namespace ChainGraph.Server.GraphQL;

/// <summary>
/// camelCase names as usual, except the logical filter operators (<c>OR</c>), which keep their upper case as in
/// other GraphQL APIs' filters (@neo4j/graphql, Prisma), so that they stand out from the field names they combine.
/// </summary>
internal sealed class OperatorNameConverter : INameConverter
{
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "OR" };

    public string NameForField(string fieldName, IComplexGraphType parentGraphType) =>
        Operators.Contains(fieldName) ? fieldName : CamelCaseNameConverter.Instance.NameForField(fieldName, parentGraphType);

    public string NameForArgument(string argumentName, IComplexGraphType parentGraphType, FieldType field) =>
        CamelCaseNameConverter.Instance.NameForArgument(argumentName, parentGraphType, field);
}
