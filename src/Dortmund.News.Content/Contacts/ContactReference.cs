namespace Dortmund.News.Content.Contacts;

/// <summary>A press contact as an article names it in <c>contacts:</c>: <paramref name="Slug"/> finds the contact file.</summary>
/// <param name="Slug">Slug of the contact file this name refers to.</param>
/// <param name="Name">The name as written.</param>
/// <param name="Line">Line where the editor named the contact.</param>
/// <param name="Column">Column where the editor named the contact.</param>
public sealed record ContactReference(string Slug, string Name, int Line, int Column);
