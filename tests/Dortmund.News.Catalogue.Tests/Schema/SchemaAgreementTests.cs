using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Agency;
using Dortmund.News.Content.Articles;
using Dortmund.News.Content.Authors;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Schema;
using Dortmund.News.Testing;
using Json.Schema;

namespace Dortmund.News.Catalogue.Tests.Schema;

/// <summary>
/// The generated JSON Schemas (content/.schema/) and the validator agree: for every valid and hostile fixture, and for
/// every key of every kind of file made missing, blank, of the wrong kind or unknown, the schema (run by JsonSchema.Net,
/// as editors' tools run it) rejects the front matter exactly when the validator reports a problem the schema can judge.
/// </summary>
public sealed partial class SchemaAgreementTests
{
    /// <summary>
    /// Whether a schema can see what <paramref name="problem"/> says. It sees the front matter of one file, as JSON; it
    /// cannot see other files, the file's name or the body, nor compute:
    /// NEWS001, NEWS002, NEWS003, NEWS008 (no front matter to read), NEWS007 and NEWS050 (the body), NEWS009 (characters
    /// replaced, a warning), NEWS022 (alt text recommended: a warning, a schema has only errors), NEWS024, NEWS025 and
    /// NEWS073 (whether files exist and decode), NEWS030, NEWS031, NEWS034, NEWS040–NEWS042 (other files), NEWS071 (end
    /// before start: comparing two values), NEWS075 (two file names), a slug with no letters left (NEWS015: only the slug
    /// rules know what remains of "日本"), dates out of range or on days a month lacks (NEWS012, NEWS070), a path whose
    /// <c>..</c> leaves content/ (NEWS023, NEWS072: depends on where the file lies), a phone number's digit count or the 0
    /// after +49 (NEWS033), and a date taken from the file name (the comparison adds it to the front matter, as the
    /// reader does). YAML syntax and duplicate keys (NEWS004, NEWS005) the editor's YAML parser reports before any schema.
    /// </summary>
    private static bool SchemaJudges(ContentProblem problem) => problem.Code switch
    {
        "NEWS004" or "NEWS005" or "NEWS006" or "NEWS010" or "NEWS011" or "NEWS013" or "NEWS014" or "NEWS020" or "NEWS021" or "NEWS032"
            or "NEWS074" => true,
        "NEWS012" or "NEWS070" => !problem.Message.Contains("out of range", StringComparison.Ordinal),
        "NEWS015" => !problem.Message.Contains("no letters or digits", StringComparison.Ordinal),
        "NEWS023" or "NEWS072" => Quoted(problem.Message) is var path && (path.Contains(':') || path.StartsWith('/') || path.StartsWith('\\')),
        "NEWS033" => !problem.Message.Contains("digits after the '+'", StringComparison.Ordinal)
                     && !problem.Message.Contains("leave out the 0", StringComparison.Ordinal),
        _ => false,
    };

    private static readonly string[] FixtureFolders =
    [
        Path.Combine(TempContent.RepositoryRoot, "tests", "Fixtures", "validator", "content"),
        Path.Combine(TempContent.RepositoryRoot, "tests", "Dortmund.News.Catalogue.Tests", "Hostile"),
        TempContent.RepositoryContent,
    ];

    public static TheoryData<string> Fixtures => new(FixtureFolders);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_fixture_file_gets_the_same_verdict_from_the_schema_as_from_the_validator(string folder)
    {
        var report = await ContentValidator.ValidateAsync(folder, TempContent.ArticlePathPrefix);
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => ContentSchemas.For(f) is not null && !f.Equals("README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var compared = 0;
        var disagreements = new List<string>();
        foreach (var file in files)
        {
            var problems = report.Problems.Where(p => p.Path == file).ToList();
            if (Judge(file, await File.ReadAllBytesAsync(Path.Combine(folder, file)), problems) is not { } verdict)
                continue;
            compared++;
            if (verdict.Schema != verdict.Validator)
                disagreements.Add(verdict.ToString());
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(compared >= 3, $"only {compared} files compared in {folder}");
    }

    [Fact]
    public async Task The_fixtures_show_both_verdicts()
    {
        var folder = FixtureFolders[0];
        var report = await ContentValidator.ValidateAsync(folder, TempContent.ArticlePathPrefix);
        var verdicts = new List<Verdict>();
        foreach (var file in new[] { "articles/2026/fehlerfrei/index.md", "articles/news011-typ.md", "contacts/news032-email.md", "articles/news042-link.md" })
            verdicts.Add(Judge(file, await File.ReadAllBytesAsync(Path.Combine(folder, file)), report.Problems.Where(p => p.Path == file).ToList())!);

        // Clean; a wrong type; a bad address; a broken link (which only the validator sees, so the schema has nothing to say).
        Assert.Equal([false, true, true, false], verdicts.Select(v => v.Schema));
        Assert.All(verdicts, v => Assert.Equal(v.Validator, v.Schema));
    }

    public static TheoryData<string, string> Mutations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, valid) in ValidFiles)
        {
            var schema = ContentSchemas.For(path)!;
            data.Add(path, valid.ToJsonString());
            foreach (var mutation in Mutate(valid, schema.Keys))
                data.Add(path, mutation.ToJsonString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Every_key_missing_blank_of_the_wrong_kind_or_unknown_gets_the_same_verdict(string path, string frontMatter)
    {
        // JSON is YAML: the reader reads this front matter as editors would have written it in block style. A null is
        // written as an empty value, as editors do (the word null is YAML's null to the schema, a text to the site).
        var text = $"---\n{JsonNull().Replace(frontMatter, "")}\n---\n\nText.\n";
        var problems = Read(path, Encoding.UTF8.GetBytes(text));

        var verdict = Judge(path, Encoding.UTF8.GetBytes(text), problems)!;

        Assert.True(verdict.Schema == verdict.Validator, verdict.ToString());
    }

    [Theory]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12T10:00:00+01:00\ndraft: TRUE\ntags: Einzeln\n", false)]
    [InlineData("articles/a.md", "title: 2026\ndate: 2026-11-12 10:00\nfeatured: \"false\"\naliases: [/alt, ]\n", false)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\nexpires: 2026-11-12T10:00:00.5Z\nevent:\n  start: 2026-12-01T10:00+01:00\n", false)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\nimage: ''\ncategory:\n", false)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\ndraft:\n", true)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\ngallery:\n", true)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\nevent:\n  start: 2026-12-01\n", true)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\nattachments:\n  - src: https://example.org/a.pdf\n    title: A\n", true)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\ngallery:\n  - src: /etc/bild.jpg\n    caption: C\n    credit: K\n    alt: A\n", true)]
    [InlineData("articles/a.md", "title: Titel\ndate: 2026-11-12\ngallery:\n  - src: bild.jpg\n    caption: C\n    credit: K\n    alt: A\n    license: \" \"\n", true)]
    [InlineData("articles/2026-11-12-aus-dem-namen.md", "title: Datum aus dem Dateinamen\n", false)]
    [InlineData("contacts/c.md", "name: N\nrole: R\norganisation: O\nemail: presse@example.org\nphone: +49 231 1234567\nmobile: +49 (0) 170 1234567\n", false)]
    [InlineData("contacts/c.md", "name: N\nrole: R\norganisation: O\nemail: Presse <presse@example.org>\nphone: +49 231 1234567\n", true)]
    [InlineData("contacts/c.md", "name: N\nrole: R\norganisation: O\nemail: presse@example.org\nphone: +49 231 1234567\nmobile: 0170 1234567\n", true)]
    [InlineData("authors/a.md", "name: \"\"\n", true)]
    [InlineData("boilerplate.md", "title: Über uns\naddress: [Zeile 1, Zeile 2]\n", false)]
    [InlineData("boilerplate.md", "title: Über uns\naddress:\n  Straße: 1\n", true)]
    public void Written_cases_get_the_same_verdict(string path, string frontMatter, bool invalid)
    {
        var bytes = Encoding.UTF8.GetBytes($"---\n{frontMatter}---\n\nText.\n");

        var verdict = Judge(path, bytes, Read(path, bytes))!;

        Assert.True(verdict.Schema == verdict.Validator, verdict.ToString());
        Assert.Equal(invalid, verdict.Schema);
    }

    /// <summary>What each side says about one file: true = it has a problem (the schema: the file is invalid).</summary>
    private sealed record Verdict(string Path, bool Schema, bool Validator, string Why)
    {
        public override string ToString() => $"{Path}: schema says {(Schema ? "invalid" : "valid")}, validator {(Validator ? "has" : "has no")} problems it can judge ({Why})";
    }

    private static Verdict? Judge(string path, byte[] bytes, IReadOnlyList<ContentProblem> problems)
    {
        if (problems.Any(p => p.Code is "NEWS001" or "NEWS002" or "NEWS003" or "NEWS008"))
            return null;
        var judged = problems.Where(SchemaJudges).ToList();
        var front = YamlAsJson.FrontMatter(Encoding.UTF8.GetString(bytes), out var parsed);
        var why = string.Join("; ", judged.Select(p => $"{p.Code} {p.Message}"));
        if (!parsed)
            return new Verdict(path, true, judged.Count > 0, "YAML does not parse. " + why);

        if (front is JsonObject article && path.StartsWith("articles/", StringComparison.Ordinal) && !article.ContainsKey("date")
            && DatePrefix().Match(Path.GetFileName(Path.GetDirectoryName(path) is { Length: > 0 } dir && Path.GetFileName(path) == "index.md" ? dir : path)) is { Success: true } named)
            article["date"] = named.Groups[1].Value;

        var result = Schemas[ContentSchemas.For(path)!.FileName].Evaluate(JsonSerializer.SerializeToElement(front), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        return new Verdict(path, !result.IsValid, judged.Count > 0, $"validator: {why}; schema: {string.Join("; ", errors)}");
    }

    // The committed files, as editors' tools load them (SchemaFilesTests in the content tests keeps them generated).
    private static readonly Dictionary<string, JsonSchema> Schemas = ContentSchemas.All.ToDictionary(
        s => s.FileName,
        s => JsonSchema.FromText(File.ReadAllText(Path.Combine(TempContent.RepositoryContent, ContentSchemas.Folder, s.FileName)),
            baseUri: new Uri($"https://dortmund.news/schema/{s.FileName}")));

    private static IReadOnlyList<ContentProblem> Read(string path, byte[] bytes) => ContentSchemas.For(path)!.Keys.Name switch
    {
        "article" => ArticleReader.Read(path, bytes).Problems,
        "author" => AuthorReader.Read(path, bytes).Problems,
        "contact" => ContactReader.Read(path, bytes).Problems,
        "boilerplate" => BoilerplateReader.Read(path, bytes).Problems,
        var other => throw new InvalidOperationException(other),
    };

    /// <summary>A clean file of each kind with every key (so each can be broken).</summary>
    private static readonly (string Path, JsonObject FrontMatter)[] ValidFiles =
    [
        ("articles/probe.md", new JsonObject
        {
            ["title"] = "Probe", ["date"] = "2026-11-12T10:00:00+01:00", ["lastmod"] = "2026-11-13", ["expires"] = "2027-01-01",
            ["expiryDate"] = "2027-01-01", ["author"] = "jaeger", ["authors"] = new JsonArray("jaeger"), ["category"] = "Rubrik",
            ["tags"] = new JsonArray("A", "B"), ["summary"] = "Kurz.", ["slug"] = "probe", ["aliases"] = new JsonArray("/alt"), ["draft"] = false,
            ["image"] = "bild.jpg",
            ["gallery"] = new JsonArray(new JsonObject { ["src"] = "bild.jpg", ["caption"] = "C", ["credit"] = "K", ["alt"] = "A", ["license"] = "L" }),
            ["lang"] = "de", ["contacts"] = new JsonArray("pressestelle"),
            ["event"] = new JsonObject { ["start"] = "2026-12-01T10:00:00+01:00", ["end"] = "2026-12-01T12:00:00+01:00", ["location"] = "O", ["address"] = "A" },
            ["attachments"] = new JsonArray(new JsonObject { ["src"] = "programm.pdf", ["title"] = "Programm" }),
            ["featured"] = true,
        }),
        ("authors/probe.md", new JsonObject { ["name"] = "N", ["role"] = "R", ["image"] = "n.jpg" }),
        ("contacts/probe.md", new JsonObject
        {
            ["name"] = "N", ["role"] = "R", ["organisation"] = "O", ["email"] = "presse@example.org", ["phone"] = "+49 231 1234567",
            ["mobile"] = "+49 170 1234567", ["image"] = "n.jpg", ["default"] = true,
        }),
        ("boilerplate.md", new JsonObject { ["title"] = "Über uns", ["address"] = new JsonArray("Zeile") }),
    ];

    /// <summary>For each key (and each key inside groups): left out, blank, of the wrong kind, with a value of the wrong form; and one unknown key.</summary>
    private static IEnumerable<JsonObject> Mutate(JsonObject valid, KeySet keys)
    {
        yield return With(valid, o => o["titel"] = "Tippfehler");
        foreach (var key in keys.Keys)
        {
            yield return With(valid, o => o.Remove(key.Name));
            foreach (var wrong in WrongValues(key))
                yield return With(valid, o => o[key.Name] = wrong?.DeepClone());
            var inner = key switch
            {
                GroupKey group => (Keys: group.Keys, Get: (Func<JsonObject, JsonObject>)(o => o[key.Name]!.AsObject())),
                GroupListKey list => (Keys: list.Keys, Get: o => o[key.Name]![0]!.AsObject()),
                _ => default,
            };
            if (inner.Keys is null)
                continue;
            foreach (var mutated in Mutate(inner.Get(valid), inner.Keys))
                yield return With(valid, o => inner.Get(o).ReplaceWith(mutated));
        }
    }

    private static IEnumerable<JsonNode?> WrongValues(FrontMatterKey key) => key switch
    {
        TextKey text => new JsonNode?[] { new JsonObject { ["a"] = "b" }, new JsonArray("a"), "   ", null }
            .Concat(text.Pattern is null ? [] : new JsonNode?[] { "mailto:x@y", "/etc/passwd", "0231 1234567", "werkzeug.exe" }),
        FlagKey => ["vielleicht", null, new JsonArray(true)],
        DateKey => ["12.11.2026", "2026-13-01", null, 20261112],
        MomentKey => ["2026-12-01", "2026-12-01T10:00:00", null],
        TextListKey => [new JsonObject { ["a"] = "b" }, new JsonArray(new JsonObject { ["a"] = "b" }), new JsonArray(Enumerable.Range(0, 501).Select(i => (JsonNode?)$"t{i}").ToArray())],
        GroupKey => ["Text", null, new JsonArray("a")],
        GroupListKey => ["Text", null, new JsonArray("a"), new JsonObject { ["src"] = "a.jpg" }],
        _ => throw new InvalidOperationException(key.Name),
    };

    private static JsonObject With(JsonObject valid, Action<JsonObject> change)
    {
        var copy = valid.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    private static string Quoted(string message) => message.IndexOf('\'') is var start and >= 0 && message.IndexOf('\'', start + 1) is var end and > 0
        ? message[(start + 1)..end]
        : "";

    [GeneratedRegex("(?<=:)null(?=[,}])")]
    private static partial Regex JsonNull();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex DatePrefix();
}
