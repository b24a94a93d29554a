namespace ChainGraph.Server;

/// <summary>Looks through an exception and its inner exceptions, as GraphQL.NET and the MCP SDK wrap what a resolver or tool threw.</summary>
internal static class ExceptionChain
{
    public static T? Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }
        return null;
    }
}
