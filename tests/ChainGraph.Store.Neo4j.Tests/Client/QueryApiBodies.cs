namespace ChainGraph.Store.Neo4j.Tests.Client;

/// <summary>Answers shaped as in the Neo4j Query API documentation (query, typed JSON, transactions, errors).</summary>
internal static class QueryApiBodies
{
    public const string NodeAndName = """
        {
          "data": {
            "fields": ["person", "name"],
            "values": [
              [
                {"$type": "Node", "_value": {"_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "_labels": ["Person"],
                  "_properties": {"name": {"$type": "String", "_value": "Phil"}}}},
                {"$type": "String", "_value": "Phil"}
              ]
            ]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    public const string TypedValues = """
        {
          "data": {
            "fields": ["i", "f", "big", "s", "d", "l", "m", "n", "b", "p"],
            "values": [[
              {"$type": "Integer", "_value": "123"},
              {"$type": "Float", "_value": "4.56"},
              {"$type": "Float", "_value": "3.2E9"},
              {"$type": "String", "_value": "肇庆"},
              {"$type": "Date", "_value": "2015-03-26"},
              {"$type": "List", "_value": [{"$type": "String", "_value": "A"}, {"$type": "String", "_value": "B"}]},
              {"$type": "Map", "_value": {"fieldA": {"$type": "String", "_value": "A"}, "fieldB": {"$type": "Integer", "_value": "2"}}},
              {"$type": "Null", "_value": null},
              {"$type": "Boolean", "_value": true},
              {"$type": "Point", "_value": "SRID=4326;POINT (112.4651 23.0469)"}
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]
        }
        """;

    public const string WithNotification = """
        {
          "data": {"fields": ["p"], "values": []},
          "notifications": [
            {
              "code": "Neo.ClientNotification.Statement.UnboundedVariableLengthPattern",
              "description": "Using shortest path with an unbounded pattern will likely result in long execution times.",
              "severity": "INFORMATION",
              "title": "The provided pattern is unbounded, consider adding an upper limit to the number of node hops.",
              "position": {"offset": 21, "line": 1, "column": 22},
              "category": "PERFORMANCE"
            }
          ],
          "bookmarks": []
        }
        """;

    public const string One = """{"data": {"fields": ["ok"], "values": [[{"$type": "Integer", "_value": "1"}]]}, "bookmarks": ["FB:one"]}""";

    public const string TransactionOpened = """
        {"data": {"fields": [], "values": []}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:48:29Z"}}
        """;

    public const string InTransaction = """
        {"data": {"fields": ["deleted"], "values": [[{"$type": "Integer", "_value": "0"}]]}, "bookmarks": [], "transaction": {"id": "lyU", "expires": "2024-10-22T15:49:29Z"}}
        """;

    public const string Committed = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:committed"]}""";

    public const string TransactionExpired = """
        {"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."}]}
        """;

    public const string SyntaxError = """
        {"errors": [{"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))"}]}
        """;

    public const string Unauthorized = """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "Invalid username or password."}]}""";

    public const string DatabaseNotFound = """{"errors": [{"code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Graph not found: nodb"}]}""";

    public const string DatabaseError = """{"errors": [{"code": "Neo.DatabaseError.General.UnknownError", "message": "Something went wrong"}]}""";

    public const string Deadlock = """
        {"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "ForsetiClient[transactionId=42] can't acquire ExclusiveLock"}]}
        """;

    public const string DatabaseUnavailable = """
        {"errors": [{"code": "Neo.TransientError.General.DatabaseUnavailable", "message": "Database 'neo4j' is unavailable."}]}
        """;
}
