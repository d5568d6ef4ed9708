namespace Dortmund.News.Content.Problems;

/// <summary>Collects the problems of one file while it is read.</summary>
public sealed class ProblemList(string path)
{
    private readonly List<ContentProblem> _problems = [];

    /// <summary>The content-relative path every problem is reported against.</summary>
    public string Path { get; } = path;

    /// <summary>The problems so far, in the order found.</summary>
    public IReadOnlyList<ContentProblem> All => _problems;

    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => _problems.Exists(p => p.Severity == Severity.Error);

    /// <summary>Reports a rule broken at a position, with a message that says what to fix.</summary>
    public void Add(Rule rule, Position at, string message) =>
        _problems.Add(new ContentProblem(Path, at.Line, at.Column, rule.Severity, rule.Code, message));
}

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct Position(int Line, int Column)
{
    /// <summary>The start of the file.</summary>
    public static readonly Position Start = new(1, 1);
}
