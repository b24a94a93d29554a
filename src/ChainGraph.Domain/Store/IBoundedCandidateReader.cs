namespace ChainGraph.Domain.Store;

/// <summary>
/// A store whose recruitment-candidate scan can skip candidates the reader has no use for
/// (<see cref="CandidateWorthy"/>), so that a question for a segment with hundreds of thousands of candidates measures
/// distances only for the few that could make its list. Optional: the engine falls back to
/// <see cref="IGraphReader.GetRecruitCandidatesAsync"/> on a store without it.
/// </summary>
public interface IBoundedCandidateReader
{
    /// <summary>
    /// As <see cref="IGraphReader.GetRecruitCandidatesAsync"/>, leaving out candidates for which
    /// <paramref name="worthy"/> answers false when the scan reaches them. Enumerate it once, as it is computed.
    /// </summary>
    ValueTask<IEnumerable<RecruitCandidate>> GetRecruitCandidatesAsync(
        string regionCode,
        string segmentId,
        IReadOnlyCollection<string> anchorGroupIds,
        CandidateWorthy worthy,
        CancellationToken cancellationToken = default);
}
