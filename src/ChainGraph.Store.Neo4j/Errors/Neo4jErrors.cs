using System.Net;
using System.Text;
using System.Text.Json;

namespace ChainGraph.Store.Neo4j.Errors;

/// <summary>
/// Turns Query API error answers into exceptions. The status code of the answer is not enough: Neo4j
/// sends <c>{"errors":[{"code":..., "message":...}]}</c> with 400, 401, 404 or 500, and also inside a
/// 202 or 200 (an error met while streaming, or in an open transaction). The code decides.
/// </summary>
public static class Neo4jErrors
{
    /// <summary>The exception a Neo4j status code stands for.</summary>
    public static Neo4jException Classify(string code, string message, HttpStatusCode? status = null, Exception? inner = null)
    {
        if (code.StartsWith(Neo4jCodes.TransientErrorPrefix, StringComparison.Ordinal))
        {
            return new Neo4jTransientException(code, message, status, inner);
        }
        if (code.StartsWith(Neo4jCodes.SecurityErrorPrefix, StringComparison.Ordinal))
        {
            return new Neo4jAuthenticationException(code, message, status, inner);
        }
        if (code.StartsWith(Neo4jCodes.ClientErrorPrefix, StringComparison.Ordinal))
        {
            return new Neo4jClientException(code, message, status, inner);
        }
        if (code.StartsWith(Neo4jCodes.DatabaseErrorPrefix, StringComparison.Ordinal))
        {
            return new Neo4jDatabaseException(code, message, status, inner);
        }
        return new Neo4jException(code, message, status, inner);
    }

    /// <summary>
    /// The error an answer carries, or null for a successful one: the first entry of a non-empty
    /// top-level <c>errors</c> array, else what the HTTP status alone says (401/403, 5xx, other 4xx).
    /// </summary>
    public static Neo4jException? FromResponse(HttpStatusCode status, ReadOnlySpan<byte> body)
    {
        var (code, message) = FirstError(body);
        if (code is not null)
        {
            return Classify(code, message ?? code, status);
        }
        var s = (int)status;
        if (s is >= 200 and < 300)
        {
            return null;
        }
        var text = Snippet(body);
        return status switch
        {
            HttpStatusCode.Unauthorized => new Neo4jAuthenticationException(Neo4jCodes.Unauthorized, "Neo4j rejected the credentials (HTTP 401)" + text, status),
            HttpStatusCode.Forbidden => new Neo4jAuthenticationException(Neo4jCodes.Forbidden, "Neo4j refused access (HTTP 403)" + text, status),
            HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
                new Neo4jTransientException(Neo4jCodes.HttpStatus(s), $"Neo4j answered HTTP {s}" + text, status),
            _ => new Neo4jClientException(Neo4jCodes.HttpStatus(s), $"Neo4j answered HTTP {s}" + text, status),
        };
    }

    /// <summary>Reads the first (code, message) of a top-level <c>errors</c> array, skipping everything else.</summary>
    internal static (string? Code, string? Message) FirstError(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, null);
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isErrors = reader.ValueTextEquals("errors"u8);
                reader.Read();
                if (!isErrors || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    string? code = null, message = null;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var name = reader.GetString();
                        reader.Read();
                        if (name == "code" && reader.TokenType == JsonTokenType.String)
                        {
                            code = reader.GetString();
                        }
                        else if (name == "message" && reader.TokenType == JsonTokenType.String)
                        {
                            message = reader.GetString();
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    if (code is not null)
                    {
                        return (code, message);
                    }
                }
                return (null, null);
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, a truncated body): the HTTP status decides.
        }
        return (null, null);
    }

    private static string Snippet(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return "";
        }
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 200)]).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? "" : ": " + text;
    }
}
