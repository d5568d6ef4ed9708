using System.Text;
using System.Text.RegularExpressions;
using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Testing;
using Dortmund.News.Web.Press;

namespace Dortmund.News.Web.Tests.Press;

public sealed partial class VCardTests
{
    private static readonly ContactView Tricky = new(
        "anna", "Anna \"Pressesprecherin\" Müller, M.A.; Büro\\Nord\nzweite Zeile", "Leiterin Presse, Kommunikation; Digitales",
        "Wirtschaftsförderung Dortmund; Abteilung International, Süd", "anna@example.org", "+49 30 23125 000", "+493023125000",
        "+49 30 23125 001", "+493023125001", "", IsDefault: false);

    [Fact]
    public void A_vcard_is_version_4_in_CRLF_lines_from_BEGIN_to_END()
    {
        var card = new VCard().Text("FN", "Anna").ToString();

        Assert.Equal("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\nEND:VCARD\r\n", card);
    }

    [Theory]
    [InlineData("a,b", false, @"a\,b")]
    [InlineData("a;b", false, "a;b")]
    [InlineData("a;b", true, @"a\;b")]
    [InlineData(@"C:\Presse", false, @"C:\\Presse")]
    [InlineData("eins\nzwei\r\ndrei\rvier", false, @"eins\nzwei\ndrei\nvier")]
    [InlineData(@"\,", true, @"\\\,")]
    public void Text_values_escape_backslash_comma_and_line_breaks_and_compound_parts_the_semicolon(string value, bool compound, string escaped) =>
        Assert.Equal(escaped, VCard.Escape(value, compound));

    [Fact]
    public void Compound_parts_are_joined_by_unescaped_semicolons()
    {
        var card = new VCard().Compound("ORG", "Wirtschaftsförderung; Dortmund", "International, Süd").ToString();

        Assert.Contains("\r\nORG:Wirtschaftsförderung\\; Dortmund;International\\, Süd\r\n", card);
    }

    [Fact]
    public void A_line_longer_than_75_octets_is_folded_with_a_leading_space_and_unfolds_to_itself()
    {
        var value = string.Concat(Enumerable.Range(0, 40).Select(i => $"Wort{i} "));

        var card = new VCard().Text("NOTE", value).ToString();

        AssertWellFormed(card);
        var lines = PhysicalLines(card);
        Assert.True(lines.Count(l => l.StartsWith(' ')) >= 3, card);
        Assert.Equal(75, Encoding.UTF8.GetByteCount(lines.First(l => l.StartsWith("NOTE:", StringComparison.Ordinal))));
        Assert.Contains("NOTE:" + value.Trim() + " ", Unfold(card).Split("\r\n"));
    }

    [Theory]
    [InlineData("ü")]
    [InlineData("€")]
    [InlineData("😀")]
    [InlineData("aü")]
    [InlineData("a😀")]
    [InlineData("ab😀")]
    [InlineData("abc😀")]
    public void Folding_never_splits_a_character_whatever_its_length_in_UTF8(string unit)
    {
        // Every alignment of 2-, 3- and 4-octet characters against the 75-octet boundary.
        var value = string.Concat(Enumerable.Repeat(unit, 120));

        var card = new VCard().Text("FN", value).ToString();

        AssertWellFormed(card);
        Assert.Contains("FN:" + value, Unfold(card).Split("\r\n"));
    }

    [Fact]
    public void A_uri_value_is_written_as_it_is_and_may_not_hold_a_line_break()
    {
        Assert.Contains("\r\nURL:https://news.example/presse?a=1,2;3\r\n", new VCard().Uri("URL", "https://news.example/presse?a=1,2;3").ToString());
        Assert.Throws<ArgumentException>(() => new VCard().Uri("URL", "https://x\r\nFN:Eingeschleust"));
    }

    [Fact]
    public void A_contact_card_has_name_organisation_role_mail_phones_and_where_it_comes_from()
    {
        var card = ContactCards.Of(Tricky, "https://news.example/presse/kontakte/anna.vcf", "https://news.example/presse");

        AssertWellFormed(card);
        var lines = Unfold(card).Split("\r\n");
        Assert.Contains(@"FN:Anna ""Pressesprecherin"" Müller\, M.A.; Büro\\Nord\nzweite Zeile", lines);
        Assert.Contains(@"ORG:Wirtschaftsförderung Dortmund\; Abteilung International\, Süd", lines);
        Assert.Contains(@"TITLE:Leiterin Presse\, Kommunikation; Digitales", lines);
        Assert.Contains("EMAIL;TYPE=work:anna@example.org", lines);
        Assert.Contains("TEL;VALUE=uri;TYPE=\"work,voice\":tel:+493023125000", lines);
        Assert.Contains("TEL;VALUE=uri;TYPE=\"work,cell\":tel:+493023125001", lines);
        Assert.Contains("SOURCE:https://news.example/presse/kontakte/anna.vcf", lines);
        Assert.Contains("URL:https://news.example/presse", lines);
    }

    [Fact]
    public void Without_a_mobile_number_there_is_one_TEL()
    {
        var card = ContactCards.Of(Tricky with { Mobile = null, MobileE164 = null }, "https://x/a.vcf", "https://x/presse");

        Assert.Single(Unfold(card).Split("\r\n"), l => l.StartsWith("TEL", StringComparison.Ordinal));
    }

    [ExternalToolFact(ExternalTools.IcalJs)]
    public async Task Ical_js_reads_back_every_value_unescaped()
    {
        var long_ = Tricky with { Name = Tricky.Name + " " + string.Concat(Enumerable.Repeat("Öffentlichkeitsarbeit 😀 ", 6)) };
        var card = ContactCards.Of(long_, "https://news.example/presse/kontakte/anna.vcf", "https://news.example/presse");

        var parsed = await IcalJs.ParseAsync(card);

        Assert.Equal("vcard", parsed[0].GetString());
        var properties = IcalJs.Properties(parsed);
        string Value(string name) => properties.Single(p => p.Name == name).Value.GetString()!;
        Assert.Equal("4.0", Value("version"));
        Assert.Equal(long_.Name, Value("fn"));
        Assert.Equal(long_.Role, Value("title"));
        Assert.Equal("anna@example.org", Value("email"));
        Assert.Equal("https://news.example/presse", Value("url"));
        Assert.Equal("https://news.example/presse/kontakte/anna.vcf", Value("source"));
        // ORG is compound: ical.js gives its part, the semicolon inside it unescaped.
        var org = properties.Single(p => p.Name == "org").Value;
        Assert.Equal(long_.Organisation, org.ValueKind == System.Text.Json.JsonValueKind.Array ? org[0].GetString() : org.GetString());
        var phones = properties.Where(p => p.Name == "tel").ToList();
        Assert.All(phones, p => Assert.Equal("uri", p.Type));
        Assert.Equal(["tel:+493023125000", "tel:+493023125001"], phones.Select(p => p.Value.GetString()));
        Assert.Equal(["work", "cell"], phones[1].Parameters.GetProperty("type").EnumerateArray().Select(t => t.GetString()));
    }

    /// <summary>
    /// RFC 6350's structure, checked strictly: CRLF line ends only, no physical line over 75 octets, each a complete
    /// UTF-8 sequence, continuation lines start with one space, every unfolded line is name[;params]:value, and the
    /// card is BEGIN:VCARD, VERSION:4.0 … END:VCARD.
    /// </summary>
    internal static void AssertWellFormed(string card)
    {
        Assert.EndsWith("\r\n", card);
        Assert.DoesNotMatch(BareLineBreak(), card);
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in PhysicalLines(card))
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            Assert.True(bytes.Length <= VCard.MaxLineOctets, $"{bytes.Length} octets: {line}");
            Assert.Equal(line, strict.GetString(bytes));
        }

        var logical = Unfold(card).Split("\r\n")[..^1];
        Assert.Equal(["BEGIN:VCARD", "VERSION:4.0"], logical[..2]);
        Assert.Equal("END:VCARD", logical[^1]);
        Assert.All(logical, line => Assert.Matches(ContentLine(), line));
    }

    private static List<string> PhysicalLines(string card) => card.Split("\r\n")[..^1].ToList();

    private static string Unfold(string card) => card.Replace("\r\n ", "", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\r)\n|\r(?!\n)")]
    private static partial Regex BareLineBreak();

    // RFC 6350 3.3: name *(";" param) ":" value; a parameter value may be quoted.
    [GeneratedRegex("""^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=("[^"]*"|[^";:]*))*:[^\r\n]*$""")]
    private static partial Regex ContentLine();
}
