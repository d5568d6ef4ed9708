namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// What a downloaded photo says about itself, written into the file as IPTC and XMP (<see cref="RightsMetadata"/>)
/// so that it travels with the photo into a newsroom's archive.
/// </summary>
/// <param name="Caption">The gallery caption (IPTC Caption-Abstract, dc:description).</param>
/// <param name="Credit">The credit line as the site shows it after "Foto:" (IPTC Credit, photoshop:Credit).</param>
/// <param name="Creator">Who made the photo (IPTC By-line, dc:creator): the credit, the only name the content gives.</param>
/// <param name="CopyrightNotice">IPTC Copyright Notice, dc:rights.</param>
/// <param name="UsageTerms">The licence (xmpRights:UsageTerms): the photo's own <c>license:</c> or the site's default.</param>
/// <param name="Headline">The article's title (IPTC Headline, photoshop:Headline).</param>
/// <param name="Licensor">Who grants the licence (plus:Licensor).</param>
/// <param name="ArticleUrl">The article's absolute URL (dc:relation, and in the instructions); its site path without <c>Site:BaseUrl</c>.</param>
/// <param name="TermsUrl">The terms page's absolute URL (xmpRights:WebStatement, plus:LicensorURL); null without <c>Site:BaseUrl</c>.</param>
public sealed record PhotoRights(
    string Caption, string Credit, string Creator, string CopyrightNotice, string UsageTerms, string Headline, string Licensor,
    string ArticleUrl, string? TermsUrl)
{
    /// <summary>The copyright notice of a photo credited to <paramref name="credit"/> (in the file and in JSON-LD alike).</summary>
    public static string CopyrightNoticeOf(string credit) => "© " + credit;

    /// <summary>The credit as it must be printed beside the photo.</summary>
    public string CreditLine => "Foto: " + Credit;

    /// <summary>
    /// IPTC Special Instructions (photoshop:Instructions): the field a picture desk's software shows next to the
    /// caption, so the terms, the credit line and where the photo comes from are read before it is used.
    /// </summary>
    public string Instructions =>
        $"{UsageTerms.TrimEnd().TrimEnd('.')}. Bildnachweis: „{CreditLine}“. Zum Artikel: {ArticleUrl}" + (TermsUrl is null ? "" : $". Bildrechte: {TermsUrl}");

    /// <summary>Every field in a fixed order: two photos whose rights read the same carry the same bytes.</summary>
    public string Fingerprint => string.Join('\u001f', Caption, Credit, Creator, CopyrightNotice, UsageTerms, Headline, Licensor, ArticleUrl, TermsUrl ?? "");
}
