using System.ComponentModel.DataAnnotations;

namespace ChainGraph.Store.Neo4j;

/// <summary>
/// Settings of the Neo4j store (configuration section <c>ChainGraph:Neo4j</c>). The store talks to
/// Neo4j's HTTP Query API, so <see cref="Uri"/> is the HTTP(S) address (port 7474 by default), not a
/// bolt:// or neo4j:// address. Authenticate with <see cref="User"/> and <see cref="Password"/>, or with
/// <see cref="BearerToken"/> (an SSO token), or not at all when the server runs without auth.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "ChainGraph:Neo4j";

    /// <summary>HTTP(S) address of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    [Required(ErrorMessage = "ChainGraph:Neo4j:Uri is required (the HTTP address of Neo4j, e.g. http://localhost:7474)")]
    public Uri? Uri { get; set; }

    /// <summary>Database name.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ChainGraph:Neo4j:Database must not be empty")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "ChainGraph:Neo4j:Database must be a Neo4j database name (letters, digits, '.', '-'; at most 63 characters)")]
    public string Database { get; set; } = "neo4j";

    /// <summary>User for basic authentication; needs <see cref="Password"/>.</summary>
    public string? User { get; set; }

    /// <summary>Password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>Bearer token (SSO); instead of <see cref="User"/> and <see cref="Password"/>.</summary>
    public string? BearerToken { get; set; }

    /// <summary>Rows sent per UNWIND statement when importing.</summary>
    [Range(1, 50_000, ErrorMessage = "ChainGraph:Neo4j:BatchSize must be between 1 and 50000")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Largest import (in rows) applied in one explicit transaction, all or nothing. A larger import
    /// is written in idempotent batches that are each committed: readers may see it half done, and a
    /// failure leaves it half done until the same import is run again.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = "ChainGraph:Neo4j:MaxTransactionalRows must be 0 or more")]
    public int MaxTransactionalRows { get; set; } = 200_000;

    /// <summary>Create the constraints and indexes (IF NOT EXISTS) before the first request.</summary>
    public bool EnsureSchema { get; set; } = true;

    /// <summary>Timeouts, retries and the circuit breaker.</summary>
    public Neo4jResilienceOptions Resilience { get; set; } = new();
}
