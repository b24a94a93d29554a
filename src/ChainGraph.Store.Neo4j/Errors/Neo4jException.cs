using System.Net;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>
/// A request to Neo4j failed. <see cref="Code"/> is the Neo4j status code (such as
/// <c>Neo.ClientError.Statement.SyntaxError</c>) when the server sent one; otherwise a ChainGraph code
/// from <see cref="Neo4jCodes"/>. The subclasses say what a caller can do about it.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException()
        : this(Neo4jCodes.Unknown, "Neo4j request failed")
    {
    }

    public Neo4jException(string message)
        : this(Neo4jCodes.Unknown, message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this(Neo4jCodes.Unknown, message, null, innerException)
    {
    }

    public Neo4jException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        StatusCode = statusCode;
    }

    /// <summary>The Neo4j status code, or a ChainGraph code when the server sent none.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the response, when there was one.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>True when <see cref="Code"/> came from Neo4j itself (<c>Neo.*</c>).</summary>
    public bool IsServerCode => Code.StartsWith("Neo.", StringComparison.Ordinal);
}
