namespace Dortmund.News.Content.Agency;

/// <summary>
/// The agency's boilerplate from <c>content/boilerplate.md</c>: the closing "Über …" paragraph of every press
/// release and of the press room, and the agency's postal address for the footer.
/// </summary>
/// <param name="SourcePath">Content-relative path of the file.</param>
/// <param name="Title">The heading, e.g. "Über die Wirtschaftsförderung Dortmund".</param>
/// <param name="Address">The postal address, one line each; empty when not given.</param>
/// <param name="Html">The text (the file body) as sanitized HTML.</param>
public sealed record Boilerplate(string SourcePath, string Title, IReadOnlyList<string> Address, string Html);
