using System.Globalization;
using System.Text;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Schema;
using SlugText = Dortmund.News.Content.Slugs.Slug;

namespace Dortmund.News.Web.Commands;

/// <summary>
/// <c>new "Titel" --author jaeger</c>: creates <c>articles/&lt;yyyy&gt;/&lt;slug&gt;/index.md</c> with
/// the front matter filled in (title, date now, authors) and the optional keys as comments. New
/// articles start as drafts, so nothing half-written is published. Never overwrites.
/// </summary>
public static class NewArticleCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal);

    public static int Run(CommandArguments arguments, TextWriter output, string workingDirectory, TimeProvider time)
    {
        arguments.OnlyOptions("content", "author");
        if (arguments.Positional is not [var title])
            throw new CommandLineException("give the title in quotes: new \"Titel des Artikels\" --author jaeger");
        title = title.Trim();
        var slug = SlugText.From(title);
        if (slug.Length == 0)
            throw new CommandLineException($"the title '{title}' has no letters or digits for the address");
        var authors = arguments.Options["author"].Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (authors.Count == 0)
            throw new CommandLineException("name the author: --author jaeger (the file name in content/authors/)");
        var contentFolder = arguments.ContentFolder(workingDirectory);

        var now = TimeZoneInfo.ConvertTime(time.GetUtcNow(), ArticleReader.SiteTimeZone);
        var folder = Path.Combine(contentFolder, "articles", now.Year.ToString("0000", CultureInfo.InvariantCulture), slug);
        var file = Path.Combine(folder, "index.md");
        var shown = ValidateCommand.DisplayPrefix(contentFolder, workingDirectory) + Path.GetRelativePath(contentFolder, file).Replace('\\', '/');
        if (File.Exists(file))
        {
            output.WriteLine($"{shown} already exists; nothing was changed. Choose another title or edit that file.");
            return 1;
        }

        foreach (var author in authors.Where(a => !File.Exists(Path.Combine(contentFolder, "authors", SlugText.From(a) + ".md"))))
            output.WriteLine($"warning: author '{author}' has no profile file authors/{SlugText.From(author)}.md; shown as a plain name");

        Directory.CreateDirectory(folder);
        try
        {
            // CreateNew: if the file appeared meanwhile, it is not overwritten.
            using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(FrontMatter(title, now, authors));
        }
        catch (IOException) when (File.Exists(file))
        {
            output.WriteLine($"{shown} already exists; nothing was changed.");
            return 1;
        }

        output.WriteLine($"created {shown}");
        output.WriteLine("Write the text below the front matter, put images beside index.md, and delete 'draft: true' to publish.");
        return 0;
    }

    private static string FrontMatter(string title, DateTimeOffset now, IReadOnlyList<string> authors) =>
        $"""
        ---
        # yaml-language-server: $schema={SchemaPath}
        title: {Quoted(title)}
        date: {now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}
        authors: [{string.Join(", ", authors.Select(Quoted))}]
        # Entwurf: erscheint erst, wenn diese Zeile gelöscht ist.
        draft: true
        # category: Wirtschaftsförderung International
        # tags: [Schlagwort, Noch ein Schlagwort]
        # summary: Anreißer für die Übersichten (Standard: der erste Absatz)
        # Pressekontakt aus content/contacts/ (ohne diese Zeile: der mit default: true)
        # contacts: [pressestelle]
        # image: aufmacher.jpg
        # gallery:
        #   - src: bild-1.jpg
        #     caption: Bildunterschrift
        #     credit: WF DO / Name
        #     alt: Was auf dem Bild zu sehen ist (für Screenreader)
        ---


        """;

    /// <summary>
    /// The article schema, relative to articles/&lt;yyyy&gt;/&lt;slug&gt;/index.md: editors' tools that read the modeline
    /// (yaml-language-server in Neovim, Helix, JetBrains) complete and check the front matter while typing.
    /// </summary>
    internal static readonly string SchemaPath = $"../../../{ContentSchemas.Folder}/{ContentSchemas.All[0].FileName}";

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
