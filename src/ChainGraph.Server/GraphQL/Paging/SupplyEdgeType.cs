using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class SupplyEdgeType() : EdgeType<SupplyType, Supply>("SupplyEdge", "A supply row");
