namespace ChainGraph.Domain.Analysis;

/// <summary>Kinds of gap, in their order of precedence: 补链, 强链, 延链.</summary>
public enum GapKind
{
    Fill,
    Strengthen,
    Extend,
}
