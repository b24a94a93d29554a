using ChainGraph.Domain;
using ChainGraph.Server.GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ChainGraph.Server.Security;

/// <summary>
/// Decides who may run the operation GraphQL.NET has actually selected for execution (never a separate
/// guess of which one it will be): a mutation needs an editor key and a POST; subscriptions are not
/// offered. A user context that is not ChainGraph's counts as anonymous.
/// </summary>
public sealed class OperationAccessRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        var caller = context.UserContext as ChainGraphUserContext;
        var error = operation.Operation switch
        {
            OperationType.Subscription => new AccessDeniedError(
                ErrorCodes.BadInput, StatusCodes.Status400BadRequest, "subscriptions are not offered by this service; use a query"),
            OperationType.Mutation when caller is not { MutationsAllowed: true } => new AccessDeniedError(
                ErrorCodes.BadInput, StatusCodes.Status405MethodNotAllowed, "mutations must be sent with POST"),
            OperationType.Mutation when caller.Role == CallerRole.Anonymous => new AccessDeniedError(
                ErrorCodes.Unauthenticated, StatusCodes.Status401Unauthorized, "mutations need an editor API key (Authorization: Bearer <key> or X-Api-Key)"),
            OperationType.Mutation when !caller.MayEdit => new AccessDeniedError(
                ErrorCodes.Forbidden, StatusCodes.Status403Forbidden, "this API key may only read; mutations need an editor key"),
            _ => null,
        };
        if (error is not null)
        {
            context.ReportError(error);
        }
        return default;
    }
}
