using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>
/// <c>Date</c>: an ISO yyyy-MM-dd calendar date. On input any string is accepted and handed to the
/// resolver as text, so that a malformed date is reported as BAD_INPUT naming its argument, in argument order.
/// </summary>
public sealed class DateType : ScalarGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "ISO calendar date, yyyy-MM-dd";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => (string)s.Value,
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s => s,
        _ => ThrowSerializationError(value),
    };
}
