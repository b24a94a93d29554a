namespace ChainGraph.Domain.Analysis;

/// <summary>Which candidates recruitment keeps: new investors (the default), local groups that could expand (增资扩产), or both.</summary>
public enum RecruitScope
{
    New,
    Expansion,
    All,
}
