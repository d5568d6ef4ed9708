namespace Dortmund.News.Web.Embargo;

/// <summary>The <c>Embargo</c> settings: how long an embargo link still leads to its article once it is public.</summary>
public sealed class EmbargoOptions
{
    public const string Section = "Embargo";

    /// <summary>After publication plus this, a link answers 404; until then it redirects (302) to the public page.</summary>
    public TimeSpan GraceAfterPublication { get; set; } = TimeSpan.FromDays(7);
}
