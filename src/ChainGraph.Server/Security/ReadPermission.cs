using ChainGraph.Domain;

namespace ChainGraph.Server.Security;

/// <summary>The one read-permission rule of every endpoint that serves data: GraphQL, the SDL, map data and exports.</summary>
internal static class ReadPermission
{
    /// <summary>Identifies the caller; answers 401 and returns null when it may not read.</summary>
    public static async Task<ApiKeyAuthenticator.Caller?> RequireAsync(HttpContext http)
    {
        var authenticator = http.RequestServices.GetRequiredService<ApiKeyAuthenticator>();
        var caller = authenticator.Identify(http.Request);
        if (caller.UnknownKey)
        {
            var logger = http.RequestServices.GetRequiredService<ILogger<ApiKeyAuthenticator>>();
            var client = http.Connection.RemoteIpAddress;
            Log.UnknownApiKey(logger, client is null ? "unknown" : client.ToString());
            await GraphQL.GraphQLEndpoint.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "the API key is not valid");
            return null;
        }
        if (!authenticator.MayRead(caller))
        {
            await GraphQL.GraphQLEndpoint.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                "this service needs an API key (Authorization: Bearer <key> or X-Api-Key)");
            return null;
        }
        return caller;
    }
}
