using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class SiteConnectionType() : ConnectionType<SiteType, SiteEdgeType, Site>("SiteConnection", "sites");
