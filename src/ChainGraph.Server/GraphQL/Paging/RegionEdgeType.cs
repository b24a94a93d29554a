using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class RegionEdgeType() : EdgeType<RegionType, Region>("RegionEdge", "A region");
