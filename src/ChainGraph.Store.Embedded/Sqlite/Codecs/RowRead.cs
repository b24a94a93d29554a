namespace ChainGraph.Store.Embedded.Sqlite.Codecs;

/// <summary>Makes one value from a row, reading its columns in order.</summary>
internal delegate T RowRead<out T>(ref RowFieldReader reader);
