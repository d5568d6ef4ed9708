namespace Dortmund.News.Import;

/// <summary>The source cannot be imported at all (not a site of that kind, nothing to import): the command line is wrong.</summary>
public sealed class ImportException(string message) : Exception(message);
