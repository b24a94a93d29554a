using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Server.Hosting;
using ChainGraph.Server.Security;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.GraphQL;

/// <summary>
/// The hand-written GraphQL endpoint: POST and GET /graphql, GraphiQL for browsers, the SDL. Callers are
/// identified by API key before anything executes; mutations need an editor key.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    private const string JsonContentType = "application/json; charset=utf-8";
    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandlePostAsync).RequireRateLimiting(RateLimiting.Policy);
        app.MapGet(Path, HandleGetAsync).RequireRateLimiting(RateLimiting.Policy);
        app.MapGet(Path + "/schema.graphql", (ChainGraphSchema schema) => Results.Text(SchemaSdl.Print(schema), "text/plain; charset=utf-8"));
    }

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<GraphQLLimitsOptions> limits)
    {
        var body = await ReadBodyAsync(http, limits.Value.MaxRequestBytes);
        if (body is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadInput, $"request body is larger than {limits.Value.MaxRequestBytes} bytes");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadInput, "request body is not a GraphQL request in JSON ({\"query\": ..., \"variables\": ...})");
            return;
        }
        await ExecuteAsync(http, serializer, request, allowMutations: true);
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IWebHostEnvironment environment)
    {
        var query = http.Request.Query["query"].ToString();
        if (query.Length == 0)
        {
            if (http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo("graphiql.html"));
                return;
            }
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadInput, "missing 'query' parameter");
            return;
        }
        Inputs? variables;
        try
        {
            var text = http.Request.Query["variables"].ToString();
            variables = text.Length == 0 ? null : serializer.Deserialize<Inputs>(text);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadInput, "'variables' is not a JSON object");
            return;
        }
        var operationName = http.Request.Query["operationName"].ToString();
        var request = new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName.Length == 0 ? null : operationName };
        await ExecuteAsync(http, serializer, request, allowMutations: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLRequest? request, bool allowMutations)
    {
        if (request?.Query is not { Length: > 0 } query)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadInput, "the request has no query");
            return;
        }
        var caller = http.RequestServices.GetRequiredService<ApiKeyAuthenticator>().Identify(http.Request);
        if (caller.UnknownKey)
        {
            var logger = http.RequestServices.GetRequiredService<ILogger<ChainGraphSchema>>();
            var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            Log.UnknownApiKey(logger, client);
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "the API key is not valid");
            return;
        }

        GraphQLDocument? document = null;
        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            // the executor reports syntax errors in the usual GraphQL shape
        }
        var operation = document is null ? null : FindOperation(document, request.OperationName);
        if (operation?.Operation == OperationType.Mutation)
        {
            if (!allowMutations)
            {
                await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadInput, "mutations must be sent with POST");
                return;
            }
            if (caller.Role != CallerRole.Editor)
            {
                var (status, code) = caller.Role == CallerRole.Anonymous
                    ? (StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated)
                    : (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden);
                await WriteErrorAsync(http, status, code, code == ErrorCodes.Unauthenticated
                    ? "mutations need an editor API key (Authorization: Bearer <key> or X-Api-Key)"
                    : "this API key may only read; mutations need an editor key");
                return;
            }
        }
        else if (!http.RequestServices.GetRequiredService<ApiKeyAuthenticator>().MayRead(caller))
        {
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "this service needs an API key (Authorization: Bearer <key> or X-Api-Key)");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ChainGraphSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            Variables = request.Variables,
            OperationName = request.OperationName,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            UserContext = new ChainGraphUserContext { Role = caller.Role, KeyName = caller.KeyName },
        });
        http.Response.ContentType = JsonContentType;
        http.Response.StatusCode = StatusCodes.Status200OK;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument document, string? name)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value.ToString() == name);
    }

    private static async Task<string?> ReadBodyAsync(HttpContext http, long limit)
    {
        if (http.Request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = JsonContentType;
        await http.Response.WriteAsync(JsonSerializer.Serialize(
            new { errors = new[] { new { message, extensions = new { code, codes = new[] { code } } } } },
            ErrorJson));
    }
}
