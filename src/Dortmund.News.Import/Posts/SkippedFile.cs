namespace Dortmund.News.Import.Posts;

/// <summary>A source file (or export item) that was not imported, where and why.</summary>
public sealed record SkippedFile(string Source, int Line, string Reason)
{
    public override string ToString() => $"{Source}:{Line}: {Reason}";
}
