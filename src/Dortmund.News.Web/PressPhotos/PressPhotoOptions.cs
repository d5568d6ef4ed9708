namespace Dortmund.News.Web.PressPhotos;

/// <summary>The <c>PressPhotos</c> settings: the terms photos are offered under, and who grants them.</summary>
public sealed class PressPhotoOptions
{
    public const string Section = "PressPhotos";

    /// <summary>The usage terms of every gallery photo that names none of its own (<c>license:</c>).</summary>
    public string License { get; set; } = "Honorarfrei zur redaktionellen Berichterstattung mit Nennung des Bildnachweises";

    /// <summary>Who grants the licence (the PLUS licensor written into each download, and named on the terms page).</summary>
    public string Licensor { get; set; } = "Wirtschaftsförderung Dortmund";

    /// <summary>
    /// Whether the downloads are made after each sync in the background, before anybody asks. Off, each is made
    /// when first asked for (test hosts, which would otherwise all encode the same photos).
    /// </summary>
    public bool MakeInBackground { get; set; } = true;

    /// <summary>
    /// How many of the newest articles get their downloads made ahead; older ones are made when first asked for.
    /// Journalists download recent releases, and a first start of a large archive would otherwise encode every
    /// photo of every article again (10,000 articles: ~4.7 GB and many minutes of CPU beside the first visitors).
    /// </summary>
    public int MadeAheadForNewest { get; set; } = 100;
}
