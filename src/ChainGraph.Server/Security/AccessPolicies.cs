using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.Security;

/// <summary>
/// The two access rules of the service, as ASP.NET Core authorization policies: <see cref="Read"/> guards every
/// endpoint that serves data (GraphQL, the SDL, map data, exports, MCP); <see cref="Edit"/> is what a mutation needs.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Any valid key; without a key only while reads are open (<see cref="SecurityOptions.RequireKeyForReads"/>). An unknown key never reads.</summary>
    public const string Read = "chaingraph-read";

    /// <summary>An editor key.</summary>
    public const string Edit = "chaingraph-edit";

    public static IServiceCollection AddChainGraphAccess(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, policy => policy.RequireAssertion(context => MayRead(context.User, context.Resource as HttpContext)))
            .AddPolicy(Edit, policy => policy.RequireRole(nameof(CallerRole.Editor)));
        return services;
    }

    /// <summary>The caller's role from the signed-in principal (anonymous without a valid key).</summary>
    public static CallerRole RoleOf(ClaimsPrincipal user) =>
        user.IsInRole(nameof(CallerRole.Editor)) ? CallerRole.Editor
        : user.IsInRole(nameof(CallerRole.Reader)) ? CallerRole.Reader
        : CallerRole.Anonymous;

    private static bool MayRead(ClaimsPrincipal user, HttpContext? http)
    {
        if (RoleOf(user) != CallerRole.Anonymous)
        {
            return true;
        }
        if (http is null || ApiKeyAuthenticator.ReadKey(http.Request) is not null)
        {
            return false; // a key was given and not recognised
        }
        return !http.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue.RequireKeyForReads;
    }
}
