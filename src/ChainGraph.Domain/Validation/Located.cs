namespace ChainGraph.Domain.Validation;

/// <summary>
/// A parsed row and where it came from. A value, kept inline in the draft's lists: an object per row cost 40 bytes
/// and a reference more for each of the hundreds of thousands of rows of a large data set.
/// </summary>
public readonly record struct Located<T>(T Value, string File, int Line);
