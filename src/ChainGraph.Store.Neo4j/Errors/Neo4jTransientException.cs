using System.Net;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>A failure that may go away by itself (<c>Neo.TransientError.*</c>, HTTP 5xx, network errors, timeouts, an open circuit). Idempotent requests are retried before this is thrown.</summary>
public sealed class Neo4jTransientException : Neo4jException
{
    public Neo4jTransientException()
    {
    }

    public Neo4jTransientException(string message)
        : base(message)
    {
    }

    public Neo4jTransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jTransientException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(code, message, statusCode, innerException)
    {
    }
}
