namespace Dortmund.News.Content.Problems;

/// <summary>How serious a content problem is: errors keep a file from being published.</summary>
public enum Severity
{
    /// <summary>Published anyway; the editor should still look.</summary>
    Warning,
    /// <summary>The file is not published (a previously published version stays up).</summary>
    Error,
}

/// <summary>
/// One problem in one content file, located at a 1-based line and column, with a stable rule code.
/// </summary>
public sealed record ContentProblem(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    /// <summary>The canonical compiler format: <c>path:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
