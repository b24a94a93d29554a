namespace ChainGraph.Domain.Model;

/// <summary>An industrial chain such as new-type energy storage.</summary>
public sealed record Chain(string Id, string? NameZh, string? NameEn);
