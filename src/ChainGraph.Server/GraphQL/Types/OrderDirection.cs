namespace ChainGraph.Server.GraphQL.Types;

/// <summary>Ascending or descending.</summary>
public enum OrderDirection
{
    Asc,
    Desc,
}
