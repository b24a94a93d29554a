using ChainGraph.Domain.Model;
using ChainGraph.Server.GraphQL.Types;

namespace ChainGraph.Server.GraphQL.Paging;

public sealed class ProjectEdgeType() : EdgeType<ProjectType, Project>("ProjectEdge", "A project");
