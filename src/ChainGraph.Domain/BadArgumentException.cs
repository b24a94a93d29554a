namespace ChainGraph.Domain;

/// <summary>
/// An argument of a question is wrong: an unknown id (<see cref="ErrorCodes.NotFound"/>) or a value out
/// of range (<see cref="ErrorCodes.BadInput"/>). The message names the argument.
/// </summary>
public sealed class BadArgumentException : Exception
{
    public BadArgumentException(string code, string argument, string message)
        : base(message)
    {
        Code = code;
        Argument = argument;
    }

    public BadArgumentException()
        : this(ErrorCodes.BadInput, "", "bad argument")
    {
    }

    public BadArgumentException(string message)
        : this(ErrorCodes.BadInput, "", message)
    {
    }

    public BadArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCodes.BadInput;
        Argument = "";
    }

    public string Code { get; }

    public string Argument { get; }

    /// <summary>Ids the user may have meant (for an unknown or ambiguous name); empty when there are none.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public static BadArgumentException NotFound(string argument, string what, string id) =>
        new(ErrorCodes.NotFound, argument, $"{argument}: no {what} with id '{id}'");

    public static BadArgumentException OutOfRange(string argument, string message) =>
        new(ErrorCodes.BadInput, argument, $"{argument}: {message}");
}
