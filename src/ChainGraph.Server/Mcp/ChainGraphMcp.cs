using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using ChainGraph.Server.Hosting;
using ChainGraph.Server.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.AspNetCore;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ChainGraph.Server.Mcp;

/// <summary>
/// The engine as a Model Context Protocol server: the same tools, resources and prompts on every transport
/// (Streamable HTTP at <see cref="Path"/> on the service, stdio for <c>chaingraph mcp</c>). Nothing it offers writes.
/// </summary>
public static class ChainGraphMcp
{
    public const string Path = "/mcp";

    private const string SdkLogCategory = "ModelContextProtocol";
    private const string SdkLogLevelKey = "Logging:LogLevel:" + SdkLogCategory;

    public const string Instructions =
        "ChainGraph answers investment-promotion questions over an industrial-chain knowledge graph (产业链招商): which segments " +
        "(环节) of a chain a region covers (chainCoverage), its gaps (chainGaps: 补链 FILL, 强链 STRENGTHEN, 延链 EXTEND), whom to " +
        "recruit for a segment (recruitTargets), how companies supply each other (supplyPaths), a region's project pipeline " +
        "(projectPipeline), regions side by side (compareRegions) and what recruiting companies would change (simulateRecruitment). " +
        "Arguments take ids (region codes such as 441200, chain ids such as energy-storage, segment and company ids); call search " +
        "first to turn names such as 肇庆 or 恩捷 into ids. A tool error carries a code (NOT_FOUND, BAD_INPUT) and, for an unknown " +
        "id, suggestions to retry with. Everything is read-only.";

    /// <summary>The tools, resources, prompts and error handling, on whatever transport the builder has.</summary>
    public static IMcpServerBuilder WithChainGraph(this IMcpServerBuilder builder)
    {
        builder.Services.TryAddSingleton<McpGraph>();
        AddTools<ChainTools>(builder.Services);
        AddTools<RecruitTools>(builder.Services);
        AddTools<SearchTools>(builder.Services);
        return builder
            .WithResources<ChainGraphResources>()
            .WithPrompts<ChainGraphPrompts>(McpJson.Options)
            .WithRequestFilters(filters => filters.AddCallToolFilter(ToolErrors.Filter));
    }

    /// <summary>
    /// Registers a class's tool methods as WithTools does, with their input schemas made portable (<see cref="ToolSchemas"/>).
    /// </summary>
    private static void AddTools<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] T>(IServiceCollection services)
    {
        foreach (var method in typeof(T).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.IsDefined(typeof(McpServerToolAttribute))))
        {
            services.AddSingleton(provider =>
            {
                var tool = McpServerTool.Create(method, target: null, new McpServerToolCreateOptions { Services = provider, SerializerOptions = McpJson.Options });
                tool.ProtocolTool.InputSchema = ToolSchemas.Portable(tool.ProtocolTool.InputSchema);
                return tool;
            });
        }
    }

    /// <summary>Server name, version and instructions for an agent.</summary>
    public static void Configure(McpServerOptions options)
    {
        options.ServerInfo = new Implementation
        {
            Name = "chaingraph",
            Title = "ChainGraph industrial-chain knowledge graph",
            Version = typeof(ChainGraphMcp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0",
        };
        options.ServerInstructions = Instructions;
    }

    /// <summary>
    /// The service's MCP server: Streamable HTTP, stateless (every request stands alone and is authorised on its own).
    /// </summary>
    public static IServiceCollection AddChainGraphMcp(this IServiceCollection services, IConfiguration configuration)
    {
        QuietSdkLogs(services, configuration);
        services.AddMcpServer(Configure)
            .WithHttpTransport(http => http.SessionMode = HttpServerSessionMode.Stateless)
            .WithChainGraph();
        return services;
    }

    /// <summary>
    /// The SDK logs every request at Information; it logs at Warning unless configuration says otherwise
    /// (<c>Logging:LogLevel:ModelContextProtocol</c>).
    /// </summary>
    internal static void QuietSdkLogs(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[SdkLogLevelKey] is null)
        {
            services.AddLogging(logging => logging.AddFilter(SdkLogCategory, LogLevel.Warning));
        }
    }

    /// <summary>Maps <see cref="Path"/> behind the read rule of GraphQL (a reader key where reads need one) and its rate limit.</summary>
    public static IEndpointConventionBuilder MapChainGraphMcp(this IEndpointRouteBuilder app)
    {
        var endpoints = app.MapMcp(Path);
        endpoints.RequireRateLimiting(RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);
        return endpoints;
    }
}
