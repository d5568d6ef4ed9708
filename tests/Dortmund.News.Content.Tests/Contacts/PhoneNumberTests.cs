using Dortmund.News.Content.Contacts;

namespace Dortmund.News.Content.Tests.Contacts;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+4923112345678", "+4923112345678")]
    [InlineData("+49 231 12345-678", "+4923112345678")]
    [InlineData("+49 (0)231 12345 678", "+4923112345678")]
    [InlineData("+49 (231) 123 45 678", "+4923112345678")]
    [InlineData("+49 231/12345678", "+4923112345678")]
    [InlineData("+49.231.12345678", "+4923112345678")]
    [InlineData("+1 202 555 0100", "+12025550100")]
    [InlineData("  +49 30 23125 999  ", "+493023125999")]
    public void International_notation_gives_the_E164_form_and_keeps_the_spelling(string written, string e164)
    {
        var number = PhoneNumber.Parse(written, out var problem);

        Assert.Null(problem);
        Assert.Equal(e164, number!.E164);
        Assert.Equal(written.Trim(), number.Written);
        Assert.Equal("tel:" + e164, number.Uri);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("+0 231 1234567")]
    [InlineData("+49 231 1234567 x12")]
    [InlineData("tel:+49231")]
    [InlineData("+49 231 12+34")]
    [InlineData("231 1234567")]
    [InlineData("+49 231 1234567;ext=2")]
    public void Anything_else_is_refused_with_a_reason(string written)
    {
        Assert.Null(PhoneNumber.Parse(written, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
