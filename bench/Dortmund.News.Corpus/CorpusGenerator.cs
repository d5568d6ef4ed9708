using System.Globalization;
using System.Text;

namespace Dortmund.News.Corpus;

/// <summary>What a generated corpus holds.</summary>
/// <remarks>
/// <paramref name="Realistic"/> switches to content the project did not shape (<see cref="RealisticCorpus"/>); the other
/// fields then keep their meaning for the default mode only. <paramref name="UniquePhotos"/> gives every realistic article
/// photo files of its own instead of drawing from the shared pool of <paramref name="PhotoPool"/> files.
/// </remarks>
public sealed record CorpusOptions(
    int Articles, int Seed = 42, int ParagraphsPerArticle = 14, int GalleryImagesPerArticle = 3,
    bool Realistic = false, bool UniquePhotos = false, int PhotoPool = 36, int GeneratedWords = 6_000);

/// <summary>
/// Writes a content tree of N articles that looks like the agency's: page bundles with galleries
/// (caption, credit, alt), authors, categories and tags, German-like text. The same options always
/// give byte-identical files, so benchmark runs compare like with like.
/// </summary>
public static class CorpusGenerator
{
    public const string MediaFolder = "articles/_media";

    internal static readonly string[] Words =
    [
        "Dortmund", "Wirtschaft", "Förderung", "Innovation", "Delegation", "Strukturwandel", "Wissenschaft", "Forschung",
        "Unternehmen", "Hochschule", "Standort", "Digitalisierung", "Nachhaltigkeit", "Zusammenarbeit", "Region", "Ruhrgebiet",
        "Produktion", "Technologie", "Gründung", "Fachkräfte", "Stadtentwicklung", "Logistik", "Hafen", "Energie", "Wasserstoff",
        "Quartier", "Besuch", "Austausch", "Kooperation", "Projekt", "Zukunft", "Programm", "Veranstaltung", "Messe", "Netzwerk",
        "und", "die", "der", "das", "mit", "für", "von", "im", "auf", "zum", "zur", "eine", "einen", "wird", "wurde", "haben",
        "neue", "modernen", "internationalen", "regionalen", "großen", "gemeinsamen", "erfolgreichen", "städtischen", "über",
        "Straße", "Größe", "Maßnahmen", "Bürgerinnen", "Bürger", "Ökosystem", "Übergang", "Qualität", "Köpfe", "Märkte",
    ];

    internal static readonly string[] Categories =
    [
        "Wirtschaftsförderung International", "Transformation und Strukturwandel", "Gründung und Start-ups", "Wissenschaft",
        "Fachkräfte", "Immobilien und Flächen", "Digitale Wirtschaft", "Logistik und Hafen",
    ];

    internal static readonly string[] Tags =
    [
        "Delegation", "Südkorea", "Japan", "Hokkaido", "China", "Niederlande", "Innovation", "Wissenschaft", "Strukturwandel",
        "PHOENIX See", "PHOENIX West", "Speicherstraße", "Hafen", "Wasserstoff", "Start-ups", "Fachkräfte", "Digitalisierung",
        "Smart City", "Industrie 4.0", "Fraunhofer", "TU Dortmund", "FH Dortmund", "Förderung", "Messe", "Logistik", "Energie",
        "Klimaschutz", "Handwerk", "Einzelhandel", "Tourismus", "Kultur", "Sport", "Mobilität", "Gesundheit", "Bildung",
    ];

    internal static readonly (string Slug, string Name, string Role)[] Authors =
    [
        ("jaeger", "Jäger", "Wirtschaftsförderung Dortmund – International"),
        ("mueller", "Anna Müller", "Pressestelle"), ("oezdemir", "Deniz Özdemir", "Gründungsberatung"),
        ("schaefer", "Jan Schäfer", "Standortmarketing"), ("kowalski", "Marta Kowalski", "Fachkräftesicherung"),
        ("weiss", "Lena Weiß", "Innovationsförderung"), ("hoffmann", "Tobias Hoffmann", "Flächenmanagement"),
        ("nguyen", "Linh Nguyen", "Digitale Wirtschaft"),
    ];

    /// <summary>Writes the corpus below <paramref name="contentRoot"/> (created if needed); returns the article paths.</summary>
    public static IReadOnlyList<string> Generate(string contentRoot, CorpusOptions options, string imageSourceFolder)
    {
        if (options.Realistic)
            return RealisticCorpus.Generate(contentRoot, options, imageSourceFolder);

        var random = new Random(options.Seed);
        var images = WriteMedia(contentRoot, imageSourceFolder);
        foreach (var (slug, name, role) in Authors)
            Write(contentRoot, $"authors/{slug}.md", $"---\nname: {name}\nrole: {role}\n---\n\n{Sentence(random, 20)}\n");

        var start = new DateTimeOffset(2016, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));
        var paths = new List<string>(options.Articles);
        for (var i = 0; i < options.Articles; i++)
        {
            var date = start.AddHours(i * 7.5 + random.Next(0, 5));
            var slug = $"meldung-{i:00000}-{Slugish(Words[random.Next(Words.Length)])}";
            var path = $"articles/{date.Year}/{slug}/index.md";
            Write(contentRoot, path, Article(random, options, date, images));
            paths.Add(path);
        }

        return paths;
    }

    private static string Article(Random random, CorpusOptions options, DateTimeOffset date, IReadOnlyList<string> images)
    {
        var text = new StringBuilder();
        var title = Sentence(random, random.Next(6, 11)).TrimEnd('.');
        var tags = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Tags[random.Next(Tags.Length)]).Distinct();
        var author = Authors[random.Next(Authors.Length)].Slug;
        text.Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("date: ").Append(date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n')
            .Append("authors: [").Append(author).Append("]\n")
            .Append("category: ").Append(Categories[random.Next(Categories.Length)]).Append('\n')
            .Append("tags: [").Append(string.Join(", ", tags)).Append("]\n")
            .Append("image: ../../_media/").Append(images[random.Next(images.Count)]).Append('\n')
            .Append("gallery:\n");
        for (var g = 0; g < options.GalleryImagesPerArticle; g++)
        {
            var caption = Sentence(random, random.Next(2, 5)).TrimEnd('.');
            text.Append("  - src: ../../_media/").Append(images[random.Next(images.Count)]).Append('\n')
                .Append("    caption: ").Append(caption).Append('\n')
                .Append("    credit: WF DO / ").Append(Authors[random.Next(Authors.Length)].Name).Append('\n')
                .Append("    alt: ").Append(caption).Append(" in Dortmund\n");
        }

        text.Append("---\n\n");
        for (var p = 0; p < options.ParagraphsPerArticle; p++)
        {
            if (p % 4 == 2)
                text.Append("## ").Append(Sentence(random, random.Next(3, 7)).TrimEnd('.')).Append("\n\n");
            text.Append(Sentence(random, random.Next(40, 80))).Append(' ').Append(Sentence(random, random.Next(10, 30))).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    internal static string Slugish(string word) => word.ToLowerInvariant()
        .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");

    /// <summary>The seed images in a fixed order, so every run picks the same ones.</summary>
    internal static List<string> SeedImages(string imageSourceFolder)
    {
        var sources = Directory.EnumerateFiles(imageSourceFolder, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return sources.Count > 0 ? sources : throw new InvalidOperationException($"no .jpg images in {imageSourceFolder}");
    }

    private static List<string> WriteMedia(string contentRoot, string imageSourceFolder)
    {
        var target = Path.Combine(contentRoot, MediaFolder);
        Directory.CreateDirectory(target);
        var names = new List<string>();
        foreach (var source in SeedImages(imageSourceFolder))
        {
            var name = $"bild-{names.Count + 1:00}.jpg";
            File.Copy(source, Path.Combine(target, name), overwrite: true);
            names.Add(name);
        }

        return names;
    }

    internal static void Write(string contentRoot, string relativePath, string text)
    {
        var path = Path.Combine(contentRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
