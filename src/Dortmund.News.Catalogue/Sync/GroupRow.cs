namespace Dortmund.News.Catalogue.Sync;

/// <summary>An article row as the translation rules see it at the end of a sync.</summary>
internal sealed record GroupRow(int Id, string Slug, string SourcePath, string Language, string TranslationGroup);
