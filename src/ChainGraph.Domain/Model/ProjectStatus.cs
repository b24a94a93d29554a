namespace ChainGraph.Domain.Model;

/// <summary>Stage of an investment project, in the order of the domain contract.</summary>
public enum ProjectStatus
{
    Lead,
    Negotiating,
    Signed,
    Started,
    Completed,
    Producing,
    Dropped,
}
