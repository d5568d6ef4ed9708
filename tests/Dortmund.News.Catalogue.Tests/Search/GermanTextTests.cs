using Dortmund.News.Catalogue.Search;

namespace Dortmund.News.Catalogue.Tests.Search;

public class GermanTextTests
{
    [Fact]
    public void Words_are_runs_of_letters_digits_and_combining_marks_as_the_tokenizer_splits_them()
    {
        const string text = "„Straße“, Cafe\u0301 😀Zeche-Zollern 42ß… Ärger!";

        var words = GermanText.Words(text).Select(w => text.Substring(w.Start, w.Length));

        Assert.Equal(["Straße", "Cafe\u0301", "Zeche", "Zollern", "42ß", "Ärger"], words);
    }

    [Fact]
    public void Text_without_words_has_none()
    {
        Assert.Empty(GermanText.Words(" – 😀 … !"));
        Assert.Empty(GermanText.Words(""));
    }
}
