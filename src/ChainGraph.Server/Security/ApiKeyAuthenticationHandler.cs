using System.Security.Claims;
using System.Text.Encodings.Web;
using ChainGraph.Domain;
using ChainGraph.Server.GraphQL;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Security;

/// <summary>
/// ASP.NET Core authentication by API key (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>): the key is hashed
/// once per request; a known key signs the caller in with its name and role, no key leaves the caller anonymous,
/// an unknown key fails. Challenges and refusals answer in the GraphQL error shape every endpoint uses.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var caller = authenticator.Identify(Request);
        if (caller.UnknownKey)
        {
            var client = Context.Connection.RemoteIpAddress;
            Log.UnknownApiKey(Logger, client is null ? "unknown" : client.ToString());
            return Task.FromResult(AuthenticateResult.Fail("the API key is not valid"));
        }
        if (caller.Role == CallerRole.Anonymous)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, caller.KeyName ?? ""), new Claim(ClaimTypes.Role, caller.Role.ToString())],
            SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var message = result.Failure is { } failure
            ? failure.Message
            : "this service needs an API key (Authorization: Bearer <key> or X-Api-Key)";
        await GraphQLEndpoint.WriteErrorAsync(Context, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        GraphQLEndpoint.WriteErrorAsync(Context, StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "this API key may not do that");
}
