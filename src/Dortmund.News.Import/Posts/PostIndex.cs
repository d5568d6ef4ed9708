namespace Dortmund.News.Import.Posts;

/// <summary>
/// Finds an imported post by the names the old site's links use: Hugo's ref/relref paths ("posts/foo.md", "foo"),
/// Jekyll's post_url names ("2021-03-04-foo"), old slugs. A name two posts share finds neither.
/// </summary>
public sealed class PostIndex
{
    private readonly Dictionary<string, ImportedPost?> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public PostIndex(IEnumerable<ImportedPost> posts)
    {
        foreach (var post in posts)
        {
            foreach (var key in post.Keys.Append(post.Slug).Select(Normalize).SelectMany(k => new[] { k, LastSegment(k) }).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (key.Length == 0)
                    continue;
                // Ambiguous names resolve to nothing rather than to a guess.
                _byKey[key] = _byKey.TryGetValue(key, out var other) && other != post ? null : post;
            }
        }
    }

    /// <summary>The post a reference names, and the anchor (<c>#…</c>) it carries, if any.</summary>
    public (ImportedPost? Post, string Anchor) Find(string reference)
    {
        var hash = reference.IndexOf('#');
        var anchor = hash >= 0 ? reference[hash..] : "";
        var key = Normalize(hash >= 0 ? reference[..hash] : reference);
        if (key.Length == 0)
            return (null, anchor);
        if (_byKey.TryGetValue(key, out var post))
            return (post, anchor);
        return (_byKey.GetValueOrDefault(LastSegment(key)), anchor);
    }

    public static string Normalize(string reference)
    {
        var key = reference.Trim().Trim('"', '\'').Replace('\\', '/');
        var query = key.IndexOf('?');
        if (query >= 0)
            key = key[..query];
        key = key.Trim('/');
        foreach (var extension in new[] { ".md", ".markdown", ".mdown", ".html", ".htm" })
        {
            if (key.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                key = key[..^extension.Length];
        }

        foreach (var index in new[] { "/index", "/_index" })
        {
            if (key.EndsWith(index, StringComparison.OrdinalIgnoreCase))
                key = key[..^index.Length];
        }

        return key;
    }

    private static string LastSegment(string key) => key[(key.LastIndexOf('/') + 1)..];
}
