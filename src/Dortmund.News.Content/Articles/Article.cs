using Dortmund.News.Content.Attachments;
using Dortmund.News.Content.Events;
using Dortmund.News.Content.Contacts;
using Dortmund.News.Content.Markdown;
using Dortmund.News.Content.Problems;
using Dortmund.News.Content.Translations;

namespace Dortmund.News.Content.Articles;

/// <summary>An article as the editor wrote it, parsed and checked.</summary>
/// <param name="SourcePath">Content-relative path with forward slashes, e.g. <c>articles/2026/besuch/index.md</c>.</param>
/// <param name="Slug">The URL slug: from <c>slug</c>, else the bundle folder or file name without a date prefix.</param>
/// <param name="Title">The headline.</param>
/// <param name="Date">Publication moment; the article is public from then on.</param>
/// <param name="LastModified">When it was last changed, if the editor says so.</param>
/// <param name="Expires">When it stops being public, if ever.</param>
/// <param name="Draft">Drafts are never public.</param>
/// <param name="Authors">Authors in order, each an author-file slug or a plain name.</param>
/// <param name="Category">The category name, if any.</param>
/// <param name="Tags">Tag names in order, without duplicates.</param>
/// <param name="Summary">The summary, defaulting to the first paragraph cut at about 300 characters (<see cref="DerivedSummary"/>).</param>
/// <param name="Aliases">Old URL paths that redirect here.</param>
/// <param name="Language">BCP 47 language tag, default <c>de</c>.</param>
/// <param name="LeadImage">The lead image, if any.</param>
/// <param name="Gallery">The gallery images in order.</param>
/// <param name="Html">The sanitized body HTML.</param>
/// <param name="PlainText">The body as plain text.</param>
public sealed record Article(
    string SourcePath,
    string Slug,
    string Title,
    DateTimeOffset Date,
    DateTimeOffset? LastModified,
    DateTimeOffset? Expires,
    bool Draft,
    IReadOnlyList<AuthorReference> Authors,
    string? Category,
    IReadOnlyList<string> Tags,
    string Summary,
    IReadOnlyList<string> Aliases,
    string Language,
    ImageReference? LeadImage,
    IReadOnlyList<GalleryImage> Gallery,
    string Html,
    string PlainText)
{
    /// <summary>Where the slug comes from: the <c>slug:</c> value, else the title (for slug collisions).</summary>
    public Position SlugAt { get; init; } = Position.Start;

    /// <summary>Each alias with where it is written (for alias collisions).</summary>
    public IReadOnlyList<AliasReference> AliasReferences { get; init; } = [];

    /// <summary>Every link in the body with its position (for links to articles that do not exist).</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];

    /// <summary>The event it announces (<c>event:</c>), if any.</summary>
    public ArticleEvent? Event { get; init; }

    /// <summary>The files it offers (<c>attachments:</c>), in order.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    /// <summary>The press contacts from <c>contacts:</c>, in order; empty: the site's default contact is shown.</summary>
    public IReadOnlyList<ContactReference> Contacts { get; init; } = [];

    /// <summary>From <c>featured: true</c>: the home page leads with the newest featured article instead of the newest one.</summary>
    public bool Featured { get; init; }

    /// <summary>From <c>translationKey:</c>: files with the same key are translations of each other, wherever they lie.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>From <c>translator:</c>: who translated it, as a press release names its translator.</summary>
    public string? Translator { get; init; }

    /// <summary>Where its <c>lang:</c> is written (the title when it names none), for the translation rules.</summary>
    public Position LanguageAt { get; init; } = Position.Start;

    /// <summary>Where its <c>translationKey:</c> is written (the title when it names none).</summary>
    public Position TranslationKeyAt { get; init; } = Position.Start;

    /// <summary>
    /// The translation group: every file with this value is the same article in another language. The
    /// <c>translationKey:</c> when given, else the original's path (<c>index.en.md</c> is in the group of <c>index.md</c>).
    /// </summary>
    public string TranslationGroup => TranslationGroups.Of(TranslationKey, SourcePath);
}

/// <summary>An alias path as normalized (<c>/alt/pfad</c>) and where the editor wrote it.</summary>
public sealed record AliasReference(string Path, int Line, int Column);

/// <summary>An author as named in an article: <paramref name="Slug"/> finds the profile, <paramref name="Name"/> is shown without one.</summary>
/// <param name="Slug">Slug of the author file this name refers to.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Line">Line where the editor named the author.</param>
/// <param name="Column">Column where the editor named the author.</param>
public sealed record AuthorReference(string Slug, string Name, int Line, int Column);

/// <summary>An image file inside content/, by its content-relative path.</summary>
/// <param name="Path">Content-relative path with forward slashes.</param>
/// <param name="Line">Line where the editor named the file.</param>
/// <param name="Column">Column where the editor named the file.</param>
public sealed record ImageReference(string Path, int Line, int Column);

/// <summary>One photo of a gallery: caption and credit always travel with it.</summary>
/// <param name="Image">The photo file.</param>
/// <param name="Caption">The caption shown under it.</param>
/// <param name="Credit">The photo credit, shown as "Foto: {credit}".</param>
/// <param name="Alt">The text for screen readers (the caption when none is given).</param>
/// <param name="License">The photo's own usage terms (<c>license:</c>); null: the site's default terms apply.</param>
public sealed record GalleryImage(ImageReference Image, string Caption, string Credit, string Alt, string? License = null);
