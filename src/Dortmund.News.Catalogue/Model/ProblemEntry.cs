using Dortmund.News.Content.Problems;

namespace Dortmund.News.Catalogue.Model;

/// <summary>A content problem found by the last sync of a file, for logs, /readyz and the editor preview.</summary>
public sealed class ProblemEntry
{
    public int Id { get; set; }
    public required string Path { get; set; }
    public int Line { get; set; }
    public int Column { get; set; }
    public Severity Severity { get; set; }
    public required string Code { get; set; }
    public required string Message { get; set; }
}
