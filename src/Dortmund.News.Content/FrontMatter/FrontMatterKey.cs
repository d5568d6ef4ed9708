using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.FrontMatter;

/// <summary>
/// One front-matter key as the site reads it: its name, the kind of value it holds, whether a file needs it, and what
/// editors are told about it. The readers read a key through its kind (<see cref="FrontMatterMap"/>), the validator
/// reports by it, and the JSON Schema for editors is generated from it (<see cref="Schema.FrontMatterSchema"/>): one
/// description, so the three cannot disagree.
/// </summary>
public abstract record FrontMatterKey(string Name, string Description)
{
    /// <summary>The rule a file breaks when the key is missing (or blank); null when the key may be left out.</summary>
    public Rule? RequiredBy { get; init; }

    /// <summary>True when a file needs this key.</summary>
    public bool IsRequired => RequiredBy is not null;
}

/// <summary>
/// A text (any YAML scalar: <c>title: 2026</c> is the text "2026"). <paramref name="Pattern"/>: what the trimmed value
/// must look like (a regular expression without anchors, valid in .NET and ECMAScript), as far as a pattern can tell.
/// </summary>
public sealed record TextKey(string Name, string Description, string? Pattern = null) : FrontMatterKey(Name, Description)
{
    /// <summary>The rule an optional key breaks when it is present but blank (<c>license: ""</c>); null when blank means absent.</summary>
    public Rule? BlankRule { get; init; }

    /// <summary>Longest value (in characters), when the site limits it.</summary>
    public int? MaxLength { get; init; }
}

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record FlagKey(string Name, string Description) : FrontMatterKey(Name, Description);

/// <summary>An ISO 8601 date or date-time (<see cref="IsoDate.Parse"/>); without an offset in the site's time zone.</summary>
public sealed record DateKey(string Name, string Description) : FrontMatterKey(Name, Description);

/// <summary>A moment: an ISO 8601 date-time with offset (<see cref="IsoDate.ParseWithOffset"/>), such as an event's start.</summary>
public sealed record MomentKey(string Name, string Description) : FrontMatterKey(Name, Description);

/// <summary>A list of texts; a single text counts as a one-item list. At most <see cref="FrontMatterMap.MaxListItems"/> items.</summary>
public sealed record TextListKey(string Name, string Description) : FrontMatterKey(Name, Description);

/// <summary>A group of keys under this key, each on its own indented line (an article's <c>event:</c>).</summary>
public sealed record GroupKey(string Name, string Description, KeySet Keys) : FrontMatterKey(Name, Description);

/// <summary>A list of groups of keys, each starting with <c>- </c> (gallery entries, attachments).</summary>
public sealed record GroupListKey(string Name, string Description, KeySet Keys) : FrontMatterKey(Name, Description);

/// <summary>The keys one kind of file or group may have, in the order editors see them.</summary>
/// <param name="Name">A name for the schema (<c>article</c>, <c>galleryEntry</c>).</param>
/// <param name="Title">What it is, for editors (German).</param>
/// <param name="Keys">The keys, each with what it holds.</param>
public sealed record KeySet(string Name, string Title, IReadOnlyList<FrontMatterKey> Keys)
{
    /// <summary>The key names, as the unknown-key warning (NEWS013) knows them.</summary>
    public IReadOnlyList<string> Names { get; } = Keys.Select(k => k.Name).ToList();
}
