using CsCheck;

namespace Dortmund.News.Catalogue.Tests.Fuzz;

/// <summary>
/// Generators of content files as editors, other tools and attackers write them: random front matter
/// (dates, numbers, Unicode, control characters, YAML escapes, deep structures), random Markdown,
/// and valid files with random mutations.
/// </summary>
internal static class FuzzedContent
{
    private static readonly string[] Keys =
    [
        "title", "date", "lastmod", "expires", "expiryDate", "author", "authors", "category", "tags", "summary",
        "slug", "aliases", "draft", "image", "gallery", "lang", "name", "role", "src", "caption", "credit", "alt",
    ];

    /// <summary>Mostly ordinary text, salted with syntax, controls, XML-invalid characters and surrogate halves.</summary>
    public static readonly Gen<char> Char = Gen.Frequency(
        (10, Gen.Char["abcdefghijklmnopqrstuvwxyz ÄÖÜäöüß0123456789"]),
        (4, Gen.Char[":-#>[](){}!&*|'\"`,.?%@\\/\n\t\r~=_"]),
        (2, Gen.Char['\0', '\u001F']),
        (1, Gen.Char["\uFFFE\uFFFF\uD800\uDBFF\uDC00\uDFFF\uFEFF\u2028\u00A0\u200B"]),
        (1, Gen.Char));

    public static readonly Gen<string> Text = Char.Array[0, 30].Select(chars => new string(chars));

    public static readonly Gen<string> Date = Gen.Frequency(
        (3, Gen.Select(Gen.Int[0, 10001], Gen.Int[0, 13], Gen.Int[0, 32], Gen.Int[0, 25], Gen.Int[-15, 15], Gen.Int[0, 4],
            (y, mo, d, h, off, form) => form switch
            {
                0 => $"{y:0000}-{mo:00}-{d:00}",
                1 => $"{y:0000}-{mo:00}-{d:00}T{h:00}:00:00{(off < 0 ? '-' : '+')}{Math.Abs(off):00}:00",
                2 => $"{y:0000}-{mo:00}-{d:00}T{h:00}:30",
                3 => $"{y:0000}-{mo:00}-{d:00}T{h:00}:00:00Z",
                _ => $"{y:0000}-{mo:00}-{d:00} {h:00}:00:00",
            })),
        (1, Gen.OneOf(
            "0001-01-01", "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-14:00", "9999-12-31",
            "0000-00-00", "2026-02-29", "2024-02-29", "2026-13-01", "2026-11-12T25:61:00+01:00", "2026-03-29T02:30",
            "2026-10-25T02:30", "1893-04-01", "10000-01-01", "-0001-01-01", "2026-11-12T10:00:00.9999999+01:00",
            "{{ .Date }}", "'0001-01-01T00:00:00Z'")));

    public static readonly Gen<string> Number = Gen.Frequency(
        (2, Gen.Long.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(".nan", ".inf", "-.inf", "-0", "0x1F", "0o17", "1e400", "007", "1_000", "true", "no", "~", "null")));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (6, Text.Select(t => t.Replace("\n", " "))),
        (3, Date),
        (2, Number),
        (2, Text.Select(t => "\"" + t.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"")),
        (2, Gen.OneOf("\"a\\vb\"", "\"\\uD800\"", "\"\\uFFFE\"", "\"\\x01\\x0B\"", "\"\\0\"", "\"\\U0001F600\"", "\"\\e\\a\"")),
        (1, Gen.OneOf("&anker wert", "*anker", "!!binary aGFsbG8=", "!!int x", "|", ">-", "'einfach ''zitiert'''", "@reserviert")));

    private static readonly Gen<string> Value = Nested(depth: 4);

    private static Gen<string> Nested(int depth)
    {
        if (depth == 0)
            return Scalar;
        var inner = Nested(depth - 1);
        var indent = new string(' ', 2 * (5 - depth));
        return Gen.Frequency(
            (8, Scalar),
            (2, inner.Array[0, 5].Select(items => "[" + string.Join(", ", items) + "]")),
            (1, inner.Array[0, 4].Select(items => string.Concat(items.Select(i => $"\n{indent}- {i}")))),
            (1, Gen.Select(Gen.OneOf(Keys), inner).Array[0, 4]
                .Select(entries => string.Concat(entries.Select(e => $"\n{indent}  {e.Item1}: {e.Item2}")))));
    }

    // Far deeper than any editor writes: flow lists, indented maps and Markdown quotes and lists.
    private static readonly Gen<string> Deep = Gen.Select(Gen.Int[1, 150], Gen.Int[0, 3], (n, kind) => kind switch
    {
        0 => "tags: " + new string('[', n) + new string(']', n),
        1 => "gallery:" + string.Concat(Enumerable.Range(1, n).Select(i => "\n" + new string(' ', i) + "a:")),
        2 => "---\n" + string.Concat(Enumerable.Range(1, n).Select(i => new string('>', i) + " x\n")),
        _ => "---\n" + string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', 2 * i) + "- x\n")),
    });

    private static readonly Gen<string> Key = Gen.Frequency((8, Gen.OneOf(Keys)), (1, Text.Select(t => t.Replace("\n", "").Replace(":", ""))));

    private static readonly Gen<string> FrontMatter = Gen.Select(Key, Value).Array[0, 12]
        .Select(entries => string.Concat(entries.Select(e => $"{e.Item1}: {e.Item2}\n")));

    private static readonly Gen<string> MarkdownPiece = Gen.Frequency(
        (6, Text),
        (1, Text.Select(t => "# " + t)),
        (1, Text.Select(t => "- " + t)),
        (1, Text.Select(t => "> " + t)),
        (1, Text.Select(t => $"[{t}](/artikel/{t})")),
        (1, Text.Select(t => $"![{t}]({t}.jpg)")),
        (1, Gen.OneOf(
            "&#11;", "&#0;", "&#xD800;", "&#xFFFE;", "&#1114112;", "&amp;", "`code`", "```\ncode\n", "| a | b |\n|:--|--:|\n| c | d |\n",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "www.example.org",
            "https://example.org/pfad", "***", "\\", "<!--", "[^1]", "[a]: /b")));

    private static readonly Gen<string> Markdown = MarkdownPiece.Array[0, 20]
        .Select(pieces => string.Join("", pieces.Select((p, i) => i % 3 == 0 ? p + "\n\n" : p + " ")));

    /// <summary>Valid files: the mutations start from these.</summary>
    private static readonly string[] Seeds =
    [
        "---\ntitle: \"Besuch einer Delegation\"\ndate: 2026-11-12T10:00:00+01:00\nauthors: [jaeger]\ncategory: Wirtschaft\n" +
        "tags: [Delegation, Japan]\nsummary: Kurz.\nimage: bild.jpg\ngallery:\n  - src: bild.jpg\n    caption: Empfang\n" +
        "    credit: WF DO / Jäger\n    alt: Die Delegation\naliases: [/alt]\n---\n\nErster Absatz mit [Link](/artikel/gut).\n\n## Abschnitt\n\n- Punkt\n",
        "---\nname: Vorname Nachname\nrole: Pressesprecherin\nimage: portrait.jpg\n---\nKurzbiografie.\n",
        "---\ntitle: A\ndate: 2026-01-01\n---\nText\n",
    ];

    private static readonly Gen<Func<string, string>> Mutation = Gen.Select(Gen.Int[0, 5], Gen.Int.Positive, Gen.Int[0, 40], Text,
        (kind, at, length, text) => (Func<string, string>)(s =>
        {
            var i = s.Length == 0 ? 0 : at % s.Length;
            var n = Math.Min(length, s.Length - i);
            return kind switch
            {
                0 => s.Insert(i, text),
                1 => s.Remove(i, n),
                2 => s.Insert(i, s.Substring(i, n)),
                3 => s[..i],
                4 => s.Remove(i, n).Insert(i, text),
                _ => s.Replace("\n", "\r\n"),
            };
        }));

    private static readonly Gen<string> Mutated = Gen.Select(Gen.OneOf(Seeds), Mutation.Array[1, 6],
        (seed, mutations) => mutations.Aggregate(seed, (text, mutate) => mutate(text)));

    /// <summary>A whole file's text: generated, deep, or a mutated valid file.</summary>
    public static readonly Gen<string> File = Gen.Frequency(
        (5, Gen.Select(FrontMatter, Markdown, Gen.Int[0, 9], (fm, body, shape) => shape switch
        {
            0 => fm + body,
            1 => "---\n" + fm + body,
            2 => "\uFEFF---\n" + fm + "---\n" + body,
            _ => "---\n" + fm + "---\n" + body,
        })),
        (1, Deep.Select(deep => deep.StartsWith("---", StringComparison.Ordinal) ? "---\ntitle: T\ndate: 2026-01-01\n" + deep : "---\n" + deep + "\n---\nText\n")),
        (4, Mutated));

    /// <summary>An article's or author's content-relative path, date prefixes included.</summary>
    public static readonly Gen<string> Path = Gen.Select(Gen.Int[0, 5], Date, Text, (shape, date, name) =>
    {
        var safe = new string(name.Where(c => char.IsLetterOrDigit(c) || c is '-' or ' ').ToArray());
        return shape switch
        {
            0 => $"articles/{date}-{safe}.md",
            1 => $"articles/2026/{date}-{safe}/index.md",
            2 => $"articles/{safe}.md",
            3 => $"authors/{safe}.md",
            _ => $"articles/{date}-.md",
        };
    });

    /// <summary>Bytes of a file: mostly its UTF-8, sometimes with bytes flipped (invalid UTF-8, NUL).</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Select(File, Gen.Int[0, 256].Array[0, 4], Gen.Int.Positive, (text, flips, at) =>
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        foreach (var flip in bytes.Length == 0 ? [] : flips)
            bytes[(int)(((long)at + flip * 7) % bytes.Length)] = (byte)flip;
        return bytes;
    });
}
