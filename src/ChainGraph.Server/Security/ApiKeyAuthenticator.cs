using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Security;

/// <summary>Finds the caller's role from the request's API key, comparing SHA-256 hashes in constant time.</summary>
public sealed class ApiKeyAuthenticator(IOptionsMonitor<SecurityOptions> options)
{
    /// <summary>The result of looking at a request: its role and key name, or that the key given is unknown.</summary>
    public readonly record struct Caller(CallerRole Role, string? KeyName, bool UnknownKey);

    public Caller Identify(HttpRequest request)
    {
        var key = ReadKey(request);
        if (key is null)
        {
            return new Caller(CallerRole.Anonymous, null, false);
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        foreach (var entry in options.CurrentValue.ApiKeys)
        {
            if (Convert.FromHexString(entry.Sha256) is { Length: 32 } stored && CryptographicOperations.FixedTimeEquals(stored, hash))
            {
                return new Caller(entry.Role, entry.Name, false);
            }
        }
        return new Caller(CallerRole.Anonymous, null, true);
    }

    /// <summary>Hex SHA-256 of a key, as stored in configuration.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The key the request carries, if any.</summary>
    internal static string? ReadKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim() is { Length: > 0 } bearer ? bearer : null;
        }
        var header = request.Headers["X-Api-Key"].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
