namespace Dortmund.News.Content.Articles;

/// <summary>Content-relative paths: forward slashes, no way out of content/.</summary>
public static class ContentPath
{
    /// <summary>
    /// What <see cref="Resolve"/> accepts, as far as a pattern can tell (for the editors' schema): no absolute path, no URL.
    /// Whether <c>..</c> leaves content/ depends on where the file lies; only <see cref="Resolve"/> knows.
    /// </summary>
    public const string Pattern = @"[^\s/\\:\u0000][^:\u0000]*";

    /// <summary>
    /// Resolves <paramref name="reference"/> relative to the folder of <paramref name="sourcePath"/>.
    /// Null when it is absolute, a URL, or leaves content/.
    /// </summary>
    public static string? Resolve(string sourcePath, string reference)
    {
        if (reference.Length == 0 || reference.Contains(':') || reference.StartsWith('/') || reference.StartsWith('\\')
            || reference.Contains('\0'))
            return null;

        var parts = new List<string>(sourcePath.Split('/')[..^1]);
        foreach (var part in reference.Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                        return null;
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
