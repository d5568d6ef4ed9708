namespace Dortmund.News.Catalogue.Sync;

/// <summary>An alias row of an article: an editor's alias, or an old URL kept as a redirect after a slug change.</summary>
internal readonly record struct RowAlias(string Path, bool FromSlugChange);
