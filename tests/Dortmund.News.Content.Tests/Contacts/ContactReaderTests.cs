using System.Text;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Tests.Contacts;

public sealed class ContactReaderTests
{
    private const string Complete = """
        ---
        name: Pressestelle (Platzhalter)
        role: Presse- und Öffentlichkeitsarbeit
        organisation: Wirtschaftsförderung Dortmund
        email: presse@example.org
        phone: +49 30 23125 000
        mobile: +49 (0)30 23125-001
        image: portrait.jpg
        default: true
        ---
        Erreichbar montags bis freitags.
        """;

    private static ReadResult Read(string text, string path = "contacts/pressestelle.md")
    {
        var result = ContactReader.Read(path, Encoding.UTF8.GetBytes(text));
        return new ReadResult(result.Value, result.Problems.Select(p => p.ToString()).ToList());
    }

    private sealed record ReadResult(Contact? Contact, List<string> Problems);

    [Fact]
    public void Reads_every_front_matter_key_and_the_body_as_a_note()
    {
        var (contact, problems) = Read(Complete);

        Assert.Empty(problems);
        Assert.NotNull(contact);
        Assert.Equal("pressestelle", contact.Slug);
        Assert.Equal("Pressestelle (Platzhalter)", contact.Name);
        Assert.Equal("Presse- und Öffentlichkeitsarbeit", contact.Role);
        Assert.Equal("Wirtschaftsförderung Dortmund", contact.Organisation);
        Assert.Equal("presse@example.org", contact.Email);
        Assert.Equal(new PhoneNumber("+49 30 23125 000", "+493023125000"), contact.Phone);
        Assert.Equal("+493023125001", contact.Mobile!.E164);
        Assert.Equal("contacts/portrait.jpg", contact.Image!.Path);
        Assert.True(contact.IsDefault);
        Assert.Equal((9, 10), (contact.DefaultAt.Line, contact.DefaultAt.Column));
        Assert.Contains("Erreichbar montags bis freitags.", contact.NoteHtml);
    }

    [Fact]
    public void Mobile_image_default_and_the_note_are_optional()
    {
        var (contact, problems) = Read("---\nname: Anna\nrole: Sprecherin\norganisation: WF\nemail: anna@example.org\nphone: +4923112345\n---\n");

        Assert.Empty(problems);
        Assert.Null(contact!.Mobile);
        Assert.Null(contact.Image);
        Assert.False(contact.IsDefault);
        Assert.Equal("", contact.NoteHtml);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("role")]
    [InlineData("organisation")]
    [InlineData("email")]
    [InlineData("phone")]
    public void A_missing_required_key_is_NEWS010_at_the_first_key(string key)
    {
        var lines = Complete.Split('\n').Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));

        var (contact, problems) = Read(string.Join('\n', lines));

        Assert.Null(contact);
        Assert.StartsWith($"contacts/pressestelle.md:2:1: error NEWS010: '{key}' is missing: add '{key}: ", Assert.Single(problems));
    }

    [Fact]
    public void An_empty_required_value_is_NEWS015_at_the_key()
    {
        var (contact, problems) = Read(Complete.Replace("role: Presse- und Öffentlichkeitsarbeit", "role: \"\""));

        Assert.Null(contact);
        Assert.Equal("contacts/pressestelle.md:3:7: error NEWS015: 'role' is empty", Assert.Single(problems));
    }

    [Theory]
    [InlineData("presse(at)example.org", "an e-mail address needs an '@'")]
    [InlineData("mailto:presse@example.org", "leave out 'mailto:'")]
    [InlineData("Pressestelle <presse@example.org>", "without a name or < >")]
    [InlineData("presse@example", "not an e-mail address")]
    [InlineData("presse@@example.org", "not an e-mail address")]
    [InlineData("pres se@example.org", "not an e-mail address")]
    [InlineData("presse.@example.org", "not an e-mail address")]
    [InlineData("presse@-example.org", "not an e-mail address")]
    public void A_bad_e_mail_address_is_NEWS032_at_its_value(string email, string hint)
    {
        var (contact, problems) = Read(Complete.Replace("email: presse@example.org", $"email: \"{email}\""));

        Assert.Null(contact);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"contacts/pressestelle.md:5:8: error NEWS032: 'email' '{email}': ", problem);
        Assert.Contains(hint, problem);
    }

    [Theory]
    [InlineData("+49 231 DORTMUND", "contains the letter 'D'")]
    [InlineData("+49 231 12345 Durchwahl 6", "contains the letter 'D'")]
    [InlineData("0231 1234567", "+49 231 1234567")]
    [InlineData("0049 231 1234567", "+49 231 1234567")]
    [InlineData("+49 0231 1234567", "leave out the 0 of the area code")]
    [InlineData("+49 231 #123", "contains '#'")]
    [InlineData("+49 1", "has 3 digits")]
    [InlineData("+49 231 1234 5678 9012 34", "has 19 digits")]
    public void A_bad_phone_number_is_NEWS033_at_its_value(string phone, string hint)
    {
        var (contact, problems) = Read(Complete.Replace("phone: +49 30 23125 000", $"phone: \"{phone}\""));

        Assert.Null(contact);
        var problem = Assert.Single(problems);
        Assert.StartsWith($"contacts/pressestelle.md:6:8: error NEWS033: 'phone' '{phone}': ", problem);
        Assert.Contains(hint, problem);
    }

    [Fact]
    public void A_bad_mobile_number_is_NEWS033_too()
    {
        var (_, problems) = Read(Complete.Replace("mobile: +49 (0)30 23125-001", "mobile: 0170 1234567"));

        Assert.StartsWith("contacts/pressestelle.md:7:9: error NEWS033: 'mobile' '0170 1234567': write it with the country code (+49 170 1234567)", Assert.Single(problems));
    }

    [Fact]
    public void Default_must_be_true_or_false_and_an_unknown_key_is_a_warning()
    {
        var (contact, problems) = Read(Complete.Replace("default: true", "default: ja\nemial: x"));

        Assert.Null(contact);
        Assert.Equal(
        [
            "contacts/pressestelle.md:10:1: warning NEWS013: unknown key 'emial' is ignored; did you mean 'email'?",
            "contacts/pressestelle.md:9:10: error NEWS011: 'default' must be true or false",
        ], problems);
    }

    [Fact]
    public void An_image_outside_content_is_NEWS023()
    {
        var (_, problems) = Read(Complete.Replace("image: portrait.jpg", "image: ../../etc/passwd"));

        Assert.StartsWith("contacts/pressestelle.md:8:8: error NEWS023:", Assert.Single(problems));
    }

    [Fact]
    public void The_slug_is_the_file_name()
    {
        Assert.Equal("anna-mueller", ContactReader.SlugOf("contacts/Anna Müller.md"));
    }
}
