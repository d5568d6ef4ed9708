using Dortmund.News.Catalogue.Queries;
using Microsoft.Extensions.Options;

namespace Dortmund.News.Web.Embargo;

/// <summary>What an embargo link leads to.</summary>
public abstract record EmbargoOutcome
{
    /// <summary>Nothing: a wrong, changed, foreign or expired token, or an article that is gone, a draft or expired.</summary>
    public sealed record Nothing : EmbargoOutcome;

    /// <summary>The article is public now: the link leads to its page, until publication plus the grace.</summary>
    public sealed record Released(string Slug) : EmbargoOutcome;

    /// <summary>The article before its moment.</summary>
    public sealed record Preview(ArticleView Article, string Token) : EmbargoOutcome;
}

/// <summary>Opens an embargo link: reads its token and finds the article it names, as it stands now.</summary>
public sealed class EmbargoAccess(EmbargoTokens tokens, ArticleQueries articles, IOptions<EmbargoOptions> options, TimeProvider time)
{
    public async Task<EmbargoOutcome> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } ticket
            || await articles.EmbargoedAsync(ticket.Slug, ticket.SourcePath, cancellationToken) is not { } found
            || time.GetUtcNow().UtcDateTime >= found.PublishedUtc + options.Value.GraceAfterPublication)
            return new EmbargoOutcome.Nothing();
        return found.Preview is { } preview ? new EmbargoOutcome.Preview(preview, token) : new EmbargoOutcome.Released(ticket.Slug);
    }
}
