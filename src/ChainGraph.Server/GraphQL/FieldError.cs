using GraphQL;

namespace ChainGraph.Server.GraphQL;

/// <summary>A GraphQL error about one input field, with a stable code; <c>extensions.field</c> names the field.</summary>
public sealed class FieldError : ExecutionError
{
    public FieldError(string code, string field, string message)
        : base(message)
    {
        Code = code;
        Field = field;
    }

    public string Field { get; }
}
