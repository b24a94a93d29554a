using System.Net;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>Neo4j failed internally (<c>Neo.DatabaseError.*</c>); not retried.</summary>
public sealed class Neo4jDatabaseException : Neo4jException
{
    public Neo4jDatabaseException()
    {
    }

    public Neo4jDatabaseException(string message)
        : base(message)
    {
    }

    public Neo4jDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jDatabaseException(string code, string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(code, message, statusCode, innerException)
    {
    }
}
