using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class SupplyConnectionType() : ConnectionType<SupplyType, SupplyEdgeType, Supply>("SupplyConnection", "supply rows");
