using System.Xml.Linq;
using ImageMagick;

namespace Dortmund.News.Web.PressPhotos;

/// <summary>
/// The rights of a photo as JPEG metadata segments: IPTC (IIM, UTF-8) and XMP, each field in both where both have
/// one, as newsroom software reads either. Magick.NET's IPTC and XMP profiles write them, onto a one-pixel JPEG
/// whose segments <see cref="JpegSegments"/> then moves into the photo.
/// </summary>
/// <remarks>
/// Where the article's URL goes: <c>xmpRights:WebStatement</c> is the URL of the rights statement, and search
/// engines read it as the licence's address (as JSON-LD's <c>license</c>), so it names the terms page
/// <c>/presse/bildrechte</c>; the article is <c>dc:relation</c> and is named in the special instructions, which
/// picture desks read. IPTC Core has no URL field of its own.
/// </remarks>
public static class RightsMetadata
{
    private static readonly XNamespace X = "adobe:ns:meta/";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Photoshop = "http://ns.adobe.com/photoshop/1.0/";
    private static readonly XNamespace XmpRights = "http://ns.adobe.com/xap/1.0/rights/";
    private static readonly XNamespace Plus = "http://ns.useplus.org/ldf/xmp/1.0/";

    /// <summary>The APP1 (XMP) and APP13 (IPTC) segments that carry <paramref name="rights"/>.</summary>
    public static IReadOnlyList<ReadOnlyMemory<byte>> Segments(PhotoRights rights)
    {
        using var carrier = new MagickImage(MagickColors.White, 1, 1);
        carrier.SetProfile(Iptc(rights));
        carrier.SetProfile(new XmpProfile(Xmp(rights)));
        return JpegSegments.MetadataOf(carrier.ToByteArray(MagickFormat.Jpeg));
    }

    /// <summary><paramref name="uprightJpeg"/> (from <see cref="UprightJpeg"/>) with <paramref name="rights"/> inside.</summary>
    public static byte[] Embed(byte[] uprightJpeg, PhotoRights rights) => JpegSegments.WithMetadata(uprightJpeg, Segments(rights));

    private static IptcProfile Iptc(PhotoRights rights)
    {
        // Magick.NET writes the coded character set UTF-8 (1:90) itself.
        var iptc = new IptcProfile();
        iptc.SetValue(IptcTag.Byline, rights.Creator);
        iptc.SetValue(IptcTag.Credit, rights.Credit);
        iptc.SetValue(IptcTag.CopyrightNotice, rights.CopyrightNotice);
        iptc.SetValue(IptcTag.Caption, rights.Caption);
        iptc.SetValue(IptcTag.Headline, rights.Headline);
        iptc.SetValue(IptcTag.SpecialInstructions, rights.Instructions);
        return iptc;
    }

    private static XDocument Xmp(PhotoRights rights)
    {
        var description = new XElement(Rdf + "Description",
            new XAttribute(Rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "photoshop", Photoshop),
            new XAttribute(XNamespace.Xmlns + "xmpRights", XmpRights),
            new XAttribute(XNamespace.Xmlns + "plus", Plus),
            new XElement(Dc + "creator", new XElement(Rdf + "Seq", new XElement(Rdf + "li", rights.Creator))),
            new XElement(Dc + "rights", Alternative(rights.CopyrightNotice)),
            new XElement(Dc + "description", Alternative(rights.Caption)),
            new XElement(Photoshop + "Credit", rights.Credit),
            new XElement(Photoshop + "Headline", rights.Headline),
            new XElement(Photoshop + "Instructions", rights.Instructions),
            new XElement(XmpRights + "Marked", "True"),
            new XElement(XmpRights + "UsageTerms", Alternative(rights.UsageTerms)),
            new XElement(Plus + "Licensor", new XElement(Rdf + "Seq", new XElement(Rdf + "li", new XAttribute(Rdf + "parseType", "Resource"),
                new XElement(Plus + "LicensorName", rights.Licensor),
                rights.TermsUrl is null ? null : new XElement(Plus + "LicensorURL", rights.TermsUrl)))));
        if (Uri.IsWellFormedUriString(rights.ArticleUrl, UriKind.Absolute))
            description.Add(new XElement(Dc + "relation", new XElement(Rdf + "Bag", new XElement(Rdf + "li", rights.ArticleUrl))));
        if (rights.TermsUrl is not null)
            description.Add(new XElement(XmpRights + "WebStatement", rights.TermsUrl));
        return new XDocument(new XElement(X + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", X),
            new XElement(Rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", Rdf), description)));
    }

    // A language alternative (rdf:Alt) with the default language only: the text is German, but it is the only one.
    private static XElement Alternative(string text) =>
        new(Rdf + "Alt", new XElement(Rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), text));
}
