using System.Security.Cryptography;
using Dortmund.News.Catalogue.Images;

namespace Dortmund.News.Testing;

/// <summary>
/// The resized variants of the seed content's images, made once per test run and copied into each
/// <see cref="TempContent"/> with seed content. Variants are named by content hash and depend on
/// nothing else, so a copy is exactly what the sync would write; without it every test host would
/// spend seconds of CPU re-encoding the same ten photos. Tests of the variant code itself use
/// images the cache does not hold.
/// </summary>
internal static class SeedImageVariants
{
    private static readonly Lazy<string> Cache = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Cache.Value))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    private static string Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dortmund-news-tests", "seed-variants-" + Guid.NewGuid().ToString("N"));
        var images = Directory.EnumerateFiles(TempContent.RepositoryContent, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp" or ".gif");
        Parallel.ForEach(images, file =>
        {
            var bytes = File.ReadAllBytes(file);
            ImageVariants.Write(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), folder);
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* the OS temp folder is cleaned anyway */ }
        };
        return folder;
    }
}
