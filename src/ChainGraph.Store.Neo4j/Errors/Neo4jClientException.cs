using System.Net;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>Neo4j refused the request (<c>Neo.ClientError.*</c>): a bad statement, a constraint violation, an unknown or expired transaction. Sending the same request again gives the same answer; it is never retried.</summary>
public sealed class Neo4jClientException : Neo4jException
{
    public Neo4jClientException()
    {
    }

    public Neo4jClientException(string message)
        : base(message)
    {
    }

    public Neo4jClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jClientException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(code, message, statusCode, innerException)
    {
    }
}
