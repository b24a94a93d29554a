namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>Status codes: the Neo4j classifications this client reacts to, and its own codes for failures without one.</summary>
public static class Neo4jCodes
{
    public const string ClientErrorPrefix = "Neo.ClientError.";
    public const string SecurityErrorPrefix = "Neo.ClientError.Security.";
    public const string TransientErrorPrefix = "Neo.TransientError.";
    public const string DatabaseErrorPrefix = "Neo.DatabaseError.";
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";

    /// <summary>The server could not be reached, or the connection broke.</summary>
    public const string Unreachable = "ChainGraph.Neo4j.Unreachable";

    /// <summary>No answer within the configured timeout.</summary>
    public const string Timeout = "ChainGraph.Neo4j.Timeout";

    /// <summary>Too many recent failures: requests are refused for a while without trying.</summary>
    public const string CircuitOpen = "ChainGraph.Neo4j.CircuitOpen";

    /// <summary>A response that is not the Query API's (no error body), such as a proxy's 502 page.</summary>
    public const string HttpStatusPrefix = "ChainGraph.Neo4j.Http";

    public const string Unknown = "ChainGraph.Neo4j.Unknown";

    public static string HttpStatus(int status) => $"{HttpStatusPrefix}{status}";
}
