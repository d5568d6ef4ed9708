using System.Security.Cryptography;

namespace Dortmund.News.Catalogue.Validation;

/// <summary>A file's SHA-256, as its record stores it: the sync reads a touched file again only when this changed.</summary>
internal static class FileHash
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
