using System.Net;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>Neo4j rejected the credentials (HTTP 401, <c>Neo.ClientError.Security.*</c>): fix ChainGraph:Neo4j:User/Password or BearerToken.</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException()
    {
    }

    public Neo4jAuthenticationException(string message)
        : base(message)
    {
    }

    public Neo4jAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jAuthenticationException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(code, message, statusCode, innerException)
    {
    }
}
