using System.Globalization;
using System.Text;

namespace Dortmund.News.Corpus;

/// <summary>
/// A corpus shaped like content the project did not write: galleries of 0–9 photos drawn from an agency's shared pool
/// (or unique files per article), captions and credits always but alt text mostly missing, a few other warnings
/// (unknown keys, guest authors without a profile, pasted control characters, photo-only articles), over-long
/// summaries and tags spelled two ways, links to earlier and later articles, flat files and page bundles mixed, and a
/// vocabulary of thousands of words. Every article is published: the corpus has warnings but no errors.
/// </summary>
internal static class RealisticCorpus
{
    private const string PoolFolder = "articles/_media/agentur";
    private const string UniqueFolder = "articles/_media/fotos";

    // Photos per article, 0–9: most have a few, a tenth a full gallery of nine (mean about 4).
    private static readonly int[] PhotoWeights = [6, 14, 16, 13, 11, 9, 8, 7, 6, 10];
    // Links to other articles per body, 0–5.
    private static readonly int[] LinkWeights = [20, 25, 22, 15, 10, 8];

    // Spellings an agency mixes: the first two give a second tag page, the others the same slug in another case.
    private static readonly string[] TagVariants = ["Startups", "SmartCity", "Phoenix See", "Tu Dortmund", "wasserstoff"];

    private static readonly string[] Agencies = ["WF DO", "Stadt Dortmund", "dpa", "Agentur Ruhrbild", "Dortmund Agentur"];

    private static readonly string[] GuestAuthors = ["Gastbeitrag IHK zu Dortmund", "Redaktion Ruhr-Nachrichten", "Pressedienst TU"];

    private enum Layout { Bundle, Flat, DatedFlat }

    private sealed record Entry(int Index, DateTimeOffset Date, string Slug, Layout Layout, string Path, int Photos)
    {
        /// <summary>How an image written at <paramref name="contentPath"/> is referenced from this article.</summary>
        public string Reference(string contentPath) =>
            (Layout == Layout.Bundle ? "../../../" : "../../") + contentPath;
    }

    public static IReadOnlyList<string> Generate(string contentRoot, CorpusOptions options, string imageSourceFolder)
    {
        var random = new Random(options.Seed);
        var vocabulary = new Vocabulary(options.Seed, options.GeneratedWords);
        var pool = PhotoPool.Make(CorpusGenerator.SeedImages(imageSourceFolder), options.PhotoPool, options.Seed);
        var poolPaths = options.UniquePhotos ? [] : WritePool(contentRoot, pool);

        foreach (var (slug, name, role) in CorpusGenerator.Authors)
            CorpusGenerator.Write(contentRoot, $"authors/{slug}.md", $"---\nname: {name}\nrole: {role}\n---\n\n{vocabulary.Sentence(random, 20)}\n");

        var entries = Plan(random, vocabulary, options.Articles);
        foreach (var entry in entries)
        {
            var photos = options.UniquePhotos
                ? WriteUniquePhotos(contentRoot, entry, pool, random)
                : Pick(random, poolPaths, entry.Photos).Select(entry.Reference).ToList();
            CorpusGenerator.Write(contentRoot, entry.Path, Article(random, vocabulary, entry, photos, entries));
        }

        return entries.Select(e => e.Path).ToList();
    }

    /// <summary>Dates, slugs, layouts and photo counts of every article first, so bodies can link to later ones.</summary>
    private static List<Entry> Plan(Random random, Vocabulary vocabulary, int articles)
    {
        var start = new DateTimeOffset(2016, 1, 4, 9, 0, 0, TimeSpan.FromHours(1));
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<Entry>(articles);
        for (var i = 0; i < articles; i++)
        {
            var date = start.AddHours(i * 7.5 + random.Next(0, 5));
            var slug = UniqueSlug(slugs, string.Join('-', Enumerable.Range(0, random.Next(3, 7)).Select(_ => Slugish(vocabulary.Next(random)))));
            var layout = random.Next(4) switch { 0 or 1 => Layout.Bundle, 2 => Layout.Flat, _ => Layout.DatedFlat };
            var path = layout switch
            {
                Layout.Bundle => $"articles/{date.Year}/{slug}/index.md",
                Layout.Flat => $"articles/{date.Year}/{slug}.md",
                _ => $"articles/{date.Year}/{date:yyyy-MM-dd}-{slug}.md",
            };
            entries.Add(new Entry(i, date, slug, layout, path, Weighted(random, PhotoWeights)));
        }

        return entries;
    }

    private static string Article(Random random, Vocabulary vocabulary, Entry entry, List<string> photos, List<Entry> entries)
    {
        var text = new StringBuilder();
        var photoOnly = photos.Count >= 3 && random.Next(100) == 0;
        var title = vocabulary.Sentence(random, random.Next(5, 12)).TrimEnd('.');
        var tags = Enumerable.Range(0, random.Next(1, 7))
            .Select(_ => random.Next(12) == 0 ? TagVariants[random.Next(TagVariants.Length)] : CorpusGenerator.Tags[random.Next(CorpusGenerator.Tags.Length)])
            .Distinct();
        var authors = new List<string> { CorpusGenerator.Authors[random.Next(CorpusGenerator.Authors.Length)].Slug };
        if (random.Next(25) == 0)
            authors.Add($"\"{GuestAuthors[random.Next(GuestAuthors.Length)]}\"");

        text.Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("date: ").Append(entry.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append('\n')
            .Append("authors: [").Append(string.Join(", ", authors)).Append("]\n")
            .Append("category: ").Append(CorpusGenerator.Categories[random.Next(CorpusGenerator.Categories.Length)]).Append('\n')
            .Append("tags: [").Append(string.Join(", ", tags)).Append("]\n");
        switch (random.Next(100))
        {
            case < 30:
                text.Append("summary: \"").Append(vocabulary.Sentence(random, random.Next(15, 30))).Append("\"\n");
                break;
            case < 38:
                // The agency's teaser pasted whole: far longer than a summary should be.
                text.Append("summary: \"").Append(vocabulary.Sentence(random, random.Next(80, 140))).Append("\"\n");
                break;
        }

        switch (random.Next(100))
        {
            case < 3:
                text.Append("summery: \"").Append(vocabulary.Sentence(random, 12)).Append("\"\n");
                break;
            case < 6:
                text.Append("untertitel: ").Append(vocabulary.Sentence(random, 6).TrimEnd('.')).Append('\n');
                break;
        }

        if (photos.Count > 0)
            text.Append("image: ").Append(photos[0]).Append('\n').Append("gallery:\n");
        foreach (var photo in photos)
        {
            text.Append("  - src: ").Append(photo).Append('\n')
                .Append("    caption: ").Append(vocabulary.Sentence(random, random.Next(3, 10)).TrimEnd('.')).Append('\n')
                .Append("    credit: ").Append(Agencies[random.Next(Agencies.Length)]).Append(" / ")
                .Append(CorpusGenerator.Authors[random.Next(CorpusGenerator.Authors.Length)].Name).Append('\n');
            if (random.Next(100) < 30)
                text.Append("    alt: ").Append(vocabulary.Sentence(random, random.Next(4, 9)).TrimEnd('.')).Append('\n');
        }

        text.Append("---\n\n");
        if (!photoOnly)
            Body(text, random, vocabulary, entry, entries);
        return text.ToString();
    }

    private static void Body(StringBuilder text, Random random, Vocabulary vocabulary, Entry entry, List<Entry> entries)
    {
        var paragraphs = random.Next(3, 19);
        var links = entries.Count > 1 ? Weighted(random, LinkWeights) : 0;
        var linkParagraphs = Enumerable.Range(0, links).Select(_ => random.Next(paragraphs)).ToList();
        var pastedControl = random.Next(100) == 0 ? random.Next(paragraphs) : -1;
        for (var p = 0; p < paragraphs; p++)
        {
            if (p % 4 == 2)
                text.Append("## ").Append(vocabulary.Sentence(random, random.Next(3, 7)).TrimEnd('.')).Append("\n\n");
            text.Append(vocabulary.Sentence(random, random.Next(20, 70)));
            foreach (var _ in linkParagraphs.Where(l => l == p))
            {
                var target = entries[(entry.Index + 1 + random.Next(entries.Count - 1)) % entries.Count];
                text.Append(" Mehr dazu: [").Append(vocabulary.Sentence(random, random.Next(2, 5)).TrimEnd('.'))
                    .Append("](/artikel/").Append(target.Slug).Append(").");
            }

            if (p == pastedControl)
                text.Append(" Text aus der Vorlage\u0008 kopiert.");
            text.Append(' ').Append(vocabulary.Sentence(random, random.Next(8, 25))).Append("\n\n");
        }
    }

    private static List<string> WritePool(string contentRoot, IReadOnlyList<byte[]> pool)
    {
        var paths = new List<string>(pool.Count);
        for (var i = 0; i < pool.Count; i++)
        {
            var path = $"{PoolFolder}/foto-{i + 1:000}.jpg";
            WriteBytes(contentRoot, path, pool[i]);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Photo files of the article's own: beside index.md for a bundle, in a media folder for a flat file.</summary>
    private static List<string> WriteUniquePhotos(string contentRoot, Entry entry, IReadOnlyList<byte[]> pool, Random random)
    {
        var references = new List<string>(entry.Photos);
        var folder = entry.Layout == Layout.Bundle ? $"articles/{entry.Date.Year}/{entry.Slug}" : $"{UniqueFolder}/{entry.Date.Year}";
        for (var n = 1; n <= entry.Photos; n++)
        {
            var name = entry.Layout == Layout.Bundle ? $"foto-{n}.jpg" : $"{entry.Slug}-{n}.jpg";
            WriteBytes(contentRoot, $"{folder}/{name}", PhotoPool.Unique(pool[random.Next(pool.Count)], $"{entry.Slug} {n}"));
            references.Add(entry.Layout == Layout.Bundle ? name : entry.Reference($"{folder}/{name}"));
        }

        return references;
    }

    private static IEnumerable<string> Pick(Random random, List<string> pool, int count)
    {
        var picked = new List<string>(count);
        while (picked.Count < Math.Min(count, pool.Count))
        {
            var candidate = pool[random.Next(pool.Count)];
            if (!picked.Contains(candidate))
                picked.Add(candidate);
        }

        return picked;
    }

    private static int Weighted(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
                return i;
        }

        return weights.Length - 1;
    }

    private static string UniqueSlug(HashSet<string> taken, string slug)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = $"{slug}-{n}";
        return candidate;
    }

    private static string Slugish(string word) => CorpusGenerator.Slugish(word);

    private static void WriteBytes(string contentRoot, string relativePath, byte[] bytes)
    {
        var path = Path.Combine(contentRoot, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
