using Dortmund.News.Content.Contacts;

namespace Dortmund.News.Content.Tests.Contacts;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("presse@example.org")]
    [InlineData("vorname.nachname@wirtschaftsfoerderung-dortmund.de")]
    [InlineData("presse+wf@sub.example.org")]
    [InlineData("info@wirtschaftsförderung.example")]
    [InlineData("o'brien@example.org")]
    public void Addresses_journalists_write_to_are_valid(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData("presse")]
    [InlineData("@example.org")]
    [InlineData("presse@")]
    [InlineData("presse@example")]
    [InlineData("presse@example.o")]
    [InlineData("presse@exa mple.org")]
    [InlineData("presse..wf@example.org")]
    [InlineData(".presse@example.org")]
    [InlineData("presse@example..org")]
    [InlineData("presse@example.org.")]
    [InlineData("\"presse\"@example.org")]
    [InlineData("presse@example.org\" onmouseover=\"alert(1)")]
    [InlineData("javascript:alert(1)//@example.org")]
    public void Anything_else_is_not(string address) => Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void An_address_longer_than_254_characters_is_not_valid() =>
        Assert.False(EmailAddress.IsValid(new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".org"));
}
