using Dortmund.News.Import.SourceText;

namespace Dortmund.News.Import.Posts;

/// <summary>
/// The keys Hugo and Jekyll share, mapped into the site's: title, dates, summary, draft, authors, taxonomies,
/// aliases and the images named in front matter. What no mapping reads is kept (<see cref="KeepUnused"/>).
/// </summary>
public static class FrontMatterMapping
{
    /// <summary>Images of the front matter: <c>image</c> (text or group), <c>images</c> (texts or groups), Hugo theme keys.</summary>
    private static readonly string[] ImageKeys = ["image", "images", "featured_image", "featuredImage", "og_image", "cover", "thumbnail"];

    /// <param name="listSeparator">Jekyll writes <c>tags: a b</c> for two tags; Hugo's text is one tag (null).</param>
    public static void MapCommon(ImportedPost post, FieldMap fields, Func<string, string?> resolveFile, char? listSeparator = null)
    {
        post.Title = fields.Text("title");
        post.Summary = fields.Text("summary", "description", "excerpt");
        post.Lastmod = SourceDate.Parse(fields.Text("lastmod", "modified", "updated", "last_modified_at"))?.Text;
        post.Expires = SourceDate.Parse(fields.Text("expiryDate", "expirydate", "unpublishdate", "expires"))?.Text;

        // Hugo's `published` is a date (publishDate's alias), some themes' a flag meaning "not a draft".
        var published = fields.Text("published");
        var date = fields.Text("date", "publishDate", "pubdate", "publishdate");
        if (published is "true" or "false")
            post.Draft = published == "false";
        else
            date ??= published;
        if (date is not null)
        {
            post.Date = SourceDate.Parse(date);
            if (post.Date is null)
            {
                post.Warn(fields.LineOf("date"), $"date '{date}' is no date; the file name's date is used if it has one");
                post.Kept.Add($"date: {FlowYaml.Quote(date)}  # no date this site reads");
            }
        }

        if (fields.Flag("draft") is true)
            post.Draft = true;

        var authors = AuthorNames.Split(fields.TextList("authors").Concat(fields.TextList("author")).Concat(AuthorGroupNames(fields)));
        foreach (var author in authors.Distinct(StringComparer.Ordinal))
            post.Authors.Add(author);

        post.AddTags(fields.TextList("tags", listSeparator));
        post.AddTags(fields.TextList("keywords", ','));
        foreach (var alias in fields.TextList("aliases").Concat(fields.TextList("redirect_from")))
            post.AddAlias(alias);

        foreach (var key in ImageKeys)
            MapImages(post, fields, key, resolveFile);
    }

    /// <summary>The site has one category: the first; the others become tags (reported).</summary>
    public static void MapCategories(ImportedPost post, List<string> categories, int line)
    {
        if (categories.Count == 0)
            return;
        post.Category ??= categories[0];
        if (categories.Count > 1)
        {
            post.AddTags(categories.Skip(1));
            post.Warn(line, $"the site has one category per article: '{categories[0]}'; {string.Join(", ", categories.Skip(1).Select(c => $"'{c}'"))} became tags");
        }
    }

    // jekyll-seo-tag and some Hugo themes write `author: {name: …}`.
    private static IEnumerable<string> AuthorGroupNames(FieldMap fields) =>
        new[] { fields.Take("author"), fields.Take("authors") }.OfType<FieldMap>().Select(m => m.Text("name")).OfType<string>();

    private static void MapImages(ImportedPost post, FieldMap fields, string key, Func<string, string?> resolveFile)
    {
        var value = fields.Take(key);
        var entries = value switch
        {
            List<object?> list => list,
            null => [],
            _ => [value],
        };
        foreach (var entry in entries)
        {
            var (src, caption, credit, alt) = entry switch
            {
                string s => (s, null, null, null),
                FieldMap m => (m.Text("src", "path", "url", "image", "imgname", "filename"), m.Text("caption", "title"),
                    m.Text("credit", "attribution", "copyright"), m.Text("alt", "description")),
                _ => (null, null, null, null),
            };
            if (src is null)
                continue;
            if (resolveFile(src) is not { } file)
            {
                post.Warn(fields.LineOf(key), $"image '{src}' ({key}) not found in the old site; not imported");
                continue;
            }

            var image = post.ImageFrom(file);
            image.InGallery = true;
            image.Caption ??= caption;
            image.Credit ??= credit;
            image.Alt ??= alt;
            post.Lead ??= image;
        }
    }

    /// <summary>Every key nothing read, as one YAML line each, and every value a repeated key replaced.</summary>
    public static void KeepUnused(ImportedPost post, FieldMap fields)
    {
        foreach (var field in fields.Unused)
        {
            post.Kept.Add($"{FlowYaml.Key(field.Key)}: {FlowYaml.Write(field.Value)}");
            post.KeptKeys.Add(field.Key);
        }

        foreach (var duplicate in fields.Duplicates)
        {
            post.Kept.Add($"{FlowYaml.Key(duplicate.Key)}: {FlowYaml.Write(duplicate.Value)}  # given twice; line {duplicate.Line}, the later value is used");
            post.Warn(duplicate.Line, $"key '{duplicate.Key}' is given twice; the later value is used, this one is kept as a comment");
        }
    }
}
