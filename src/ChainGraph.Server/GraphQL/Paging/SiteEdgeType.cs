using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class SiteEdgeType() : EdgeType<SiteType, Site>("SiteEdge", "A site");
