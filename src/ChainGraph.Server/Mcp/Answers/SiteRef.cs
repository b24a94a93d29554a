namespace ChainGraph.Server.Mcp.Answers;

/// <summary>A company's site: its region and point.</summary>
public sealed record SiteRef(string Id, string? NameZh, string RegionCode, double Lat, double Lon);
