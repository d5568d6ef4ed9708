namespace Dortmund.News.Catalogue.Queries;

/// <summary>One page of a listing. <see cref="Number"/> is 1-based.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + Size - 1) / Size);
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
}

/// <summary>
/// An image as a page shows it; <see cref="Path"/> is content-relative, <see cref="Hash"/> names its
/// resized variants (null when the catalogue has none).
/// </summary>
public sealed record ImageView(string Path, string Alt, int Width, int Height, string? Hash = null);

/// <summary>An article in a listing.</summary>
public sealed record ArticleCard(
    string Slug, string Title, DateTime PublishedUtc, string? CategoryName, string? CategorySlug, string Summary,
    ImageView? Thumbnail, bool Draft);

/// <summary>A gallery photo with what must travel with it; <see cref="License"/> is null where the site's default terms apply.</summary>
public sealed record GalleryImageView(int Position, string Path, string Caption, string Credit, string Alt, int Width, int Height, string? Hash = null,
    string? License = null);

/// <summary>An article's author: linked when a profile exists.</summary>
public sealed record AuthorLink(string Name, string? Slug, string? Role, string? BioHtml);

/// <summary>A named link to a listing (tag, category).</summary>
public sealed record TaxonomyLink(string Slug, string Name);

/// <summary>Everything the article page shows.</summary>
public sealed record ArticleView(
    int Id, string Slug, string Title, DateTime PublishedUtc, DateTime? ModifiedUtc, bool Draft, string Summary, string Html,
    string Language, TaxonomyLink? Category, ImageView? LeadImage, string SourcePath,
    IReadOnlyList<AuthorLink> Authors, IReadOnlyList<TaxonomyLink> Tags, IReadOnlyList<GalleryImageView> Gallery)
{
    /// <summary>The event it announces, if any.</summary>
    public EventView? Event { get; init; }

    /// <summary>The files it offers for download, in order.</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
    /// <summary>Its press contacts: those it names in <c>contacts:</c>, else the site's default contact (none when there is none).</summary>
    public IReadOnlyList<ContactView> Contacts { get; init; } = [];

    /// <summary>The agency's boilerplate closing the release, when the site has one.</summary>
    public BoilerplateView? Boilerplate { get; init; }

    /// <summary>Who translated it (<c>translator:</c>), if it is a translation that names one.</summary>
    public string? Translator { get; init; }
}

/// <summary>An author's profile page.</summary>
/// <param name="Image">The portrait with its variants' hash, when the profile names one that decoded.</param>
public sealed record AuthorView(string Slug, string Name, string? Role, string? ImagePath, string BioHtml, Page<ArticleCard> Articles,
    ImageView? Image = null);

/// <summary>What an embargo link finds: when its article is public, and its page while it is not yet (null once it is).</summary>
public sealed record EmbargoedArticle(DateTime PublishedUtc, ArticleView? Preview);

/// <summary>An article page's identity on the site: its language (<c>Content.Translations.Languages</c>) and its slug in that language.</summary>
public sealed record ArticleKey(string Language, string Slug);
