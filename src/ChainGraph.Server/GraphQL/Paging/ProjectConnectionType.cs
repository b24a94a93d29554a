using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class ProjectConnectionType() : ConnectionType<ProjectType, ProjectEdgeType, Project>("ProjectConnection", "projects");
