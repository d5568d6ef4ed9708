using System.Buffers;
using System.Security.Cryptography;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>A file's SHA-256, as its record stores it: the sync reads a touched file again only when this changed.</summary>
internal static class FileHash
{
    private const int ChunkSize = 64 * 1024;

    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// The hash of a file read in chunks: photos are hashed without holding them whole (a camera JPEG is
    /// several MB, a large-object allocation each). Throws IOException or UnauthorizedAccessException as a read does.
    /// </summary>
    public static string OfFile(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.SequentialScan);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long offset = 0;
            int read;
            while ((read = RandomAccess.Read(handle, chunk.AsSpan(0, ChunkSize), offset)) > 0)
            {
                hash.AppendData(chunk, 0, read);
                offset += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
