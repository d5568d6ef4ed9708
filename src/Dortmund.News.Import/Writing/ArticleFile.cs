using System.Text;
using Dortmund.News.Import.Posts;
using Dortmund.News.Import.SourceText;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Import.Writing;

/// <summary>An imported post as this site's <c>index.md</c>: its front-matter keys (content/README.md), the body, and the old keys nothing maps as <c># import:</c> comments.</summary>
public static class ArticleFile
{
    /// <summary>What an image without credit gets: visible on the page, so the editors see what to fill in.</summary>
    public const string MissingCredit = "Bildnachweis fehlt";

    public const string MissingCaption = "Bildunterschrift fehlt";

    public static string Render(ImportedPost post)
    {
        var text = new StringBuilder("---\n");
        Line(text, "title", FlowYaml.Quote(post.Title!));
        Line(text, "date", post.Date!.Text);
        if (post.Lastmod is not null)
            Line(text, "lastmod", post.Lastmod);
        if (post.Expires is not null)
            Line(text, "expires", post.Expires);
        var authors = post.Authors.Select(SlugText.From).Where(s => s.Length > 0).Distinct().ToList();
        if (authors.Count > 0)
            Line(text, "authors", List(authors));
        if (post.Category is not null)
            Line(text, "category", FlowYaml.Quote(post.Category));
        if (post.Tags.Count > 0)
            Line(text, "tags", List(post.Tags));
        if (post.Summary is not null)
            Line(text, "summary", FlowYaml.Quote(post.Summary));
        if (post.Aliases.Count > 0)
            Line(text, "aliases", List(post.Aliases));
        if (post.Draft)
            Line(text, "draft", "true");
        if (post.Lead is not null)
            Line(text, "image", post.Lead.FileName);
        var gallery = post.Images.Where(i => i.InGallery).ToList();
        if (gallery.Count > 0)
        {
            text.Append("gallery:\n");
            foreach (var image in gallery)
            {
                text.Append("  - src: ").Append(image.FileName).Append('\n');
                text.Append("    caption: ").Append(FlowYaml.Quote(image.Caption ?? MissingCaption)).Append('\n');
                text.Append("    credit: ").Append(FlowYaml.Quote(image.Credit ?? MissingCredit)).Append('\n');
                if (image.Alt is not null)
                    text.Append("    alt: ").Append(FlowYaml.Quote(image.Alt)).Append('\n');
                if (image.License is not null)
                    text.Append("    license: ").Append(FlowYaml.Quote(image.License)).Append('\n');
            }
        }

        if (post.Kept.Count > 0)
        {
            text.Append("# import: keys of the old site this one has no use for, kept for a later fix:\n");
            foreach (var kept in post.Kept)
                text.Append("# import: ").Append(kept.Replace('\n', ' ')).Append('\n');
        }

        text.Append("---\n\n");
        text.Append(post.Body.Trim('\n')).Append('\n');
        return text.ToString();
    }

    /// <summary>A profile for an author the old site named: just the name (the biography is for the editors to write).</summary>
    public static string Author(string name) => $"---\nname: {FlowYaml.Quote(name)}\n---\n";

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append(": ").Append(value).Append('\n');

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(FlowYaml.Quote)) + "]";
}
