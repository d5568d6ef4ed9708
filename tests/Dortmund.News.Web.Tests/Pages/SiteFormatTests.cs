using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Tests.Pages;

public sealed class SiteFormatTests
{
    [Theory]
    [InlineData(0, "1 KB")]
    [InlineData(300, "1 KB")]
    [InlineData(850 * 1024, "850 KB")]
    [InlineData(1_000_000, "977 KB")]
    [InlineData(1024 * 1024, "1,0 MB")]
    [InlineData(2_411_725, "2,3 MB")]
    [InlineData(1234L * 1024 * 1024, "1.234,0 MB")]
    public void File_sizes_read_as_german_file_managers_show_them(long bytes, string shown) =>
        Assert.Equal(shown, SiteFormat.FileSize(bytes));
}
