using ChainGraph.Domain.Model;

namespace ChainGraph.Server.GraphQL.Types;

/// <summary>A company in a page and the cursor that continues after it.</summary>
public sealed record CompanyEdge(Company Node, string Cursor);
