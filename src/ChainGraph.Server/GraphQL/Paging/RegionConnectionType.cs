using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class RegionConnectionType() : ConnectionType<RegionType, RegionEdgeType, Region>("RegionConnection", "regions");
