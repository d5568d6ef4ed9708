using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Dortmund.News.Web.Discovery;

/// <summary>
/// Rewrites relative <c>href</c> and <c>src</c> values in article HTML to absolute URLs: feed
/// readers show the content away from the site, where a relative link would point nowhere.
/// </summary>
public static partial class AbsoluteLinks
{
    private static readonly HtmlParser Parser = new();

    // Not Uri.TryCreate(…, UriKind.Absolute): on Unix it takes "/kontakt" for an absolute file path.
    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex HasScheme();

    /// <summary>Resolves every relative link in <paramref name="html"/> against <paramref name="documentUrl"/>, as a browser on that page would.</summary>
    public static string Rewrite(string html, Uri documentUrl)
    {
        var document = Parser.ParseDocument("");
        var body = document.Body!;
        body.InnerHtml = html;
        foreach (var element in body.QuerySelectorAll("[href], [src]"))
        {
            foreach (var attribute in (string[])["href", "src"])
            {
                if (element.GetAttribute(attribute) is { } value
                    && !HasScheme().IsMatch(value)
                    && Uri.TryCreate(documentUrl, value, out var resolved))
                    element.SetAttribute(attribute, resolved.AbsoluteUri);
            }
        }

        return body.InnerHtml;
    }
}
