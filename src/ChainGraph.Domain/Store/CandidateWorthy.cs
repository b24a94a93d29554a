using ChainGraph.Domain.Model;

namespace ChainGraph.Domain.Store;

/// <summary>
/// Whether a recruitment candidate could still matter to whoever reads the candidates, from what a scan knows before
/// it measures distances: the summed weight of the candidate group's ties to the anchor groups asked about, the
/// company's tags, and whether its group is local. False lets the scan skip the candidate without measuring its
/// distance or making its record. The answer may change as the reader takes candidates (a top list filling up).
/// </summary>
public delegate bool CandidateWorthy(double tieStrength, CompanyTags tags, bool groupLocal);
