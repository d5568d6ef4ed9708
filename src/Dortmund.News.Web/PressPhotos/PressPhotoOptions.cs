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
}
