namespace Dortmund.News.Web.Embargo;

/// <summary>What an embargo token names: one article, by its slug and its source file, so a link never opens another article.</summary>
public sealed record EmbargoTicket(string Slug, string SourcePath);
