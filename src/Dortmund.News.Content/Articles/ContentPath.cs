namespace Dortmund.News.Content.Articles;

/// <summary>Content-relative paths: forward slashes, no way out of content/.</summary>
public static class ContentPath
{
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
