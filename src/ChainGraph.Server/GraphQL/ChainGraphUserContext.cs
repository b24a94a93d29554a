using ChainGraph.Server.GraphQL.Limits;
using ChainGraph.Server.Security;

namespace ChainGraph.Server.GraphQL;

/// <summary>Who is asking and how, for the access rule, resolvers and logs.</summary>
public sealed class ChainGraphUserContext : Dictionary<string, object?>
{
    public CallerRole Role { get; init; }

    /// <summary>Whether the caller passes the edit policy (<see cref="AccessPolicies.Edit"/>).</summary>
    public bool MayEdit { get; init; }

    public string? KeyName { get; init; }

    /// <summary>False for requests that may only read whatever they hold (GET).</summary>
    public bool MutationsAllowed { get; init; }

    /// <summary>The request's answer-size budget, when it has one.</summary>
    public ResultBudget? Budget { get; init; }

    /// <summary>The budget of an execution's user context, if it is ours and has one.</summary>
    public static ResultBudget? BudgetOf(IDictionary<string, object?>? userContext) => (userContext as ChainGraphUserContext)?.Budget;
}
