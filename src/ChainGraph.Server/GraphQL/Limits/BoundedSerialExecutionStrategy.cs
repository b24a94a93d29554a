using GraphQL.Execution;

namespace ChainGraph.Server.GraphQL.Limits;

/// <summary>GraphQL.NET's serial strategy (mutations), with every object's fields counted against the request's <see cref="ResultBudget"/>.</summary>
internal sealed class BoundedSerialExecutionStrategy : SerialExecutionStrategy
{
    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        base.SetSubFieldNodes(context, parent);
        ChainGraphUserContext.BudgetOf(context.UserContext)?.Take(parent.SubFields?.Length ?? 0);
    }
}
