using System.Security.Cryptography;
using System.Text;

namespace ChainGraph.Store.Embedded.Sqlite;

/// <summary>SHA-256 of a graph image together with the data version of the rows it copies, as lower-case hex.</summary>
internal static class ImageChecksum
{
    public static string Of(ReadOnlySpan<byte> image, string dataVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("chaingraph-image:" + dataVersion + ":"));
        hash.AppendData(image);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
