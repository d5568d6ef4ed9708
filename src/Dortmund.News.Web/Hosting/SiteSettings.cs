namespace Dortmund.News.Web.Hosting;

/// <summary>The <c>Site</c> section of appsettings.json: what the layout links to beyond the catalogue.</summary>
public sealed class SiteSettings
{
    public const string Section = "Site";

    /// <summary>The publisher's imprint (Impressum), required on every German site.</summary>
    public string ImprintUrl { get; set; } = "";

    /// <summary>The publisher's privacy statement (Datenschutzerklärung).</summary>
    public string PrivacyUrl { get; set; } = "";
}
