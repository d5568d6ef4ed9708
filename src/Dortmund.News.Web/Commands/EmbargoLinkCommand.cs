using Dortmund.News.Catalogue.Validation;
using Dortmund.News.Content.Problems;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.Embargo;
using Dortmund.News.Web.Pages;

namespace Dortmund.News.Web.Commands;

/// <summary>
/// <c>embargo-link &lt;slug&gt;</c>: the address that shows a scheduled article before its moment, on stdout (and
/// nothing else there, for scripts); what it does and until when on stderr. It checks the article in the content
/// folder as the site will publish it, and signs with the site's key ring (<c>DataProtection:KeysPath</c>).
/// </summary>
public static class EmbargoLinkCommand
{
    public static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal);

    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter output, TextWriter error, string workingDirectory,
        TimeProvider time, CommandSite site, CancellationToken cancellationToken)
    {
        arguments.OnlyOptions("content");
        if (arguments.Positional is not [var slug])
            throw new CommandLineException("name the article by its slug, e.g. embargo-link besuch-suedkoreanische-delegation");
        var folder = arguments.ContentFolder(workingDirectory);
        if (site.Configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}"] is not { Length: > 0 } configured)
        {
            await error.WriteLineAsync("embargo-link: Site:BaseUrl is not set: a link must name the site's public address; "
                                       + "set it as the site runs, e.g. Site__BaseUrl=https://dortmund.news");
            return 1;
        }

        Uri baseUrl;
        try
        {
            baseUrl = new SiteUrls(Microsoft.Extensions.Options.Options.Create(new SiteOptions { BaseUrl = configured })).Configured!;
        }
        catch (InvalidOperationException e)
        {
            await error.WriteLineAsync("embargo-link: " + e.Message);
            return 1;
        }

        var (article, problems) = await ContentValidator.FindArticleAsync(folder, SiteRoutes.ArticlePrefix, slug, cancellationToken);
        var publicUrl = FeedDocuments.Absolute(baseUrl, FeedDocuments.ArticlePath(slug));
        var now = time.GetUtcNow();
        var refusal = article switch
        {
            null when problems.Any(p => p.Severity == Severity.Error) =>
                $"the article '{slug}' has errors and would not be published:\n" + string.Join('\n', problems.Where(p => p.Severity == Severity.Error)),
            null => $"no article has the slug '{slug}' (a file with errors may have it: run validate)",
            { Draft: true } => $"'{slug}' is a draft: remove 'draft: true' first, so it is published at its date",
            _ when article.Date <= now => $"'{slug}' is public already: {publicUrl}",
            { Expires: { } expires } when expires <= article.Date => $"'{slug}' expires before its date and is never published",
            _ => null,
        };
        if (refusal is not null)
        {
            await error.WriteLineAsync("embargo-link: " + refusal);
            return 1;
        }

        var tokens = new EmbargoTokens(EmbargoTokens.KeysFolder(site.Configuration, site.ContentRoot), createsKeys: true, time);
        var grace = site.Configuration.GetValue($"{EmbargoOptions.Section}:{nameof(EmbargoOptions.GraceAfterPublication)}", new EmbargoOptions().GraceAfterPublication);
        var published = article!.Date.UtcDateTime;
        await output.WriteLineAsync(FeedDocuments.Absolute(baseUrl, SiteRoutes.EmbargoPath(tokens.Create(new EmbargoTicket(article.Slug, article.SourcePath)))));
        await error.WriteLineAsync(
            $"Sperrfrist: {SiteFormat.DateAndTime(published)}. Until then the link shows the article with this banner; from then on it leads to "
            + $"{publicUrl} until {SiteFormat.DateAndTime(published + grace)} (Embargo:GraceAfterPublication), after that it answers 404. "
            + "Anyone with the link can open it: send it only to those bound by the embargo.");
        return 0;
    }
}
