using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Sync;

/// <summary>What one sync did. <see cref="Parsed"/> counts the Markdown files actually read and parsed.</summary>
public sealed record SyncReport(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    int Failed,
    int Parsed,
    long Milliseconds,
    IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>True when the sync changed what visitors can see.</summary>
    public bool ChangedCatalogue => Added + Updated + Removed > 0;
}

/// <summary>A sync that could not run, e.g. because the content folder is missing.</summary>
public sealed record SyncFailure(DateTimeOffset At, string Message);
