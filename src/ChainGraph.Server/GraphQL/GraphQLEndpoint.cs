using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Server.GraphQL.Limits;
using ChainGraph.Server.Security;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace ChainGraph.Server.GraphQL;

/// <summary>
/// The hand-written GraphQL endpoint: POST and GET /graphql, GraphiQL for browsers, the SDL. Callers are
/// identified by API key before anything executes; who may run what is decided on the operation GraphQL.NET
/// selects (<see cref="OperationAccessRule"/>). Documents are checked against the limits before validation,
/// and answers are bounded while they are built.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    private const string JsonContentType = "application/json; charset=utf-8";
    private const string GraphQLResponseContentType = "application/graphql-response+json; charset=utf-8";

    /// <summary>
    /// The GraphQL-over-HTTP media type when the client asks for it (its status codes then say whether the request
    /// was executed at all); <c>application/json</c>, always 200 for a GraphQL answer, otherwise.
    /// </summary>
    private static bool WantsGraphQLResponse(HttpContext http) =>
        http.Request.Headers.Accept.ToString().Contains("application/graphql-response+json", StringComparison.OrdinalIgnoreCase);
    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Path, HandlePostAsync).RequireRateLimiting(Hosting.RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);
        // GET also serves GraphiQL to a browser, which needs no key (the page sends the key with its queries): the read
        // policy is applied in the handler, to queries only.
        app.MapGet(Path, HandleGetAsync).RequireRateLimiting(Hosting.RateLimiting.Policy);
        app.MapMethods(Path + "/schema.graphql", ["GET", "HEAD"], HandleSchemaAsync).RequireRateLimiting(Hosting.RateLimiting.Policy).RequireAuthorization(AccessPolicies.Read);
    }

    private static async Task HandleSchemaAsync(HttpContext http, ChainGraphSchema schema)
    {
        var sdl = System.Text.Encoding.UTF8.GetBytes(SchemaSdl.Print(schema));
        await Hosting.ConditionalGet.WriteAsync(http, "text/plain; charset=utf-8", body => body.WriteAsync(sdl, http.RequestAborted).AsTask());
    }

    private static async Task HandlePostAsync(HttpContext http, IGraphQLTextSerializer serializer, IOptions<GraphQLLimitsOptions> limits)
    {
        if (!http.Request.HasJsonContentType())
        {
            // A browser may send text/plain or a form from any page without asking first: only JSON is taken.
            await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Content-Type must be application/json, not '{(string.IsNullOrEmpty(http.Request.ContentType) ? "(none)" : http.Request.ContentType)}'");
            return;
        }
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
        await ExecuteAsync(http, serializer, limits.Value, request, mutationsAllowed: true);
    }

    private static async Task HandleGetAsync(HttpContext http, IGraphQLTextSerializer serializer, IWebHostEnvironment environment, IOptions<GraphQLLimitsOptions> limits)
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
        if (!(await http.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(http.User, http, AccessPolicies.Read)).Succeeded)
        {
            await http.ChallengeAsync();
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
        await ExecuteAsync(http, serializer, limits.Value, request, mutationsAllowed: false);
    }

    private static async Task ExecuteAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits, GraphQLRequest? request, bool mutationsAllowed)
    {
        if (request?.Query is not { Length: > 0 } query)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadInput, "the request has no query");
            return;
        }
        var mayEdit = (await http.RequestServices.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(http.User, AccessPolicies.Edit)).Succeeded;

        GraphQLDocument? document = null;
        try
        {
            // A query text that has passed the budget and validation before is taken from the cache by the executer.
            if (!http.RequestServices.GetRequiredService<Caching.ValidatedDocumentCache>().TryGet(query, out _))
            {
                document = GraphQLParser.Parser.Parse(query);
            }
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex, "the query nests deeper than the parser allows");
            return;
        }
        catch (GraphQLSyntaxErrorException)
        {
            // the executor reports syntax errors in the usual GraphQL shape
        }
        if (document is not null && DocumentBudget.Check(document, limits) is { } tooComplex)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex, tooComplex);
            return;
        }

        using var budget = new ResultBudget(limits.MaxResultFields, http.RequestAborted);
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ChainGraphSchema>>();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                Document = document,
                Variables = request.Variables,
                OperationName = request.OperationName,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                CancellationToken = budget.Token,
                Timeout = TimeSpan.FromSeconds(limits.TimeoutSeconds),
                UserContext = new ChainGraphUserContext
                {
                    Role = AccessPolicies.RoleOf(http.User),
                    MayEdit = mayEdit,
                    KeyName = http.User.Identity?.Name,
                    MutationsAllowed = mutationsAllowed,
                    Budget = budget,
                },
            });
        }
        catch (OperationCanceledException) when (budget.Exceeded)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex,
                $"the answer would hold more than {budget.Limit} fields; ask for less (a smaller 'first', fewer nested relations)");
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client has gone; nobody is left to answer
        }

        var status = result.Errors?.OfType<AccessDeniedError>().FirstOrDefault()?.HttpStatus ?? StatusCodes.Status200OK;
        var graphQLResponse = WantsGraphQLResponse(http);
        if (graphQLResponse && status == StatusCodes.Status200OK && !result.Executed)
        {
            // A document that does not parse or validate, or variables that do not coerce: nothing was executed.
            status = StatusCodes.Status400BadRequest;
        }
        ErrorCap.Apply(result, limits.MaxErrors);
        http.Response.ContentType = graphQLResponse ? GraphQLResponseContentType : JsonContentType;
        http.Response.StatusCode = status;
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
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
        http.Response.ContentType = WantsGraphQLResponse(http) ? GraphQLResponseContentType : JsonContentType;
        await http.Response.WriteAsync(JsonSerializer.Serialize(
            new { errors = new[] { new { message, extensions = new { code, codes = new[] { code } } } } },
            ErrorJson));
    }
}
