using GraphQL.Validation;

namespace ChainGraph.Server.Security;

/// <summary>The operation GraphQL.NET selected may not run for this caller; carries the HTTP status to answer with.</summary>
public sealed class AccessDeniedError : ValidationError
{
    public AccessDeniedError(string code, int httpStatus, string message)
        : base(message)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    public int HttpStatus { get; }
}
