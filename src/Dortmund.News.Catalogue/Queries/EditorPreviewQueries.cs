using System.Security.Cryptography;
using System.Text;
using Dortmund.News.Content.Problems;
using Microsoft.EntityFrameworkCore;

namespace Dortmund.News.Catalogue.Queries;

/// <summary>What the editor preview shows for one content file.</summary>
/// <param name="Version">Changes whenever the file's bytes or its problems change; the page reloads when it does.</param>
/// <param name="Problems">The file's problems from its last sync, by line.</param>
public sealed record EditorPreview(string Version, IReadOnlyList<ContentProblem> Problems)
{
    /// <summary>True when the file has errors, so the page shows its last good version.</summary>
    public bool HasErrors => Problems.Any(p => p.Severity == Severity.Error);
}

/// <summary>The editor preview's read side (Development only): a file's state and problems.</summary>
public sealed class EditorPreviewQueries(CatalogueDbContext context)
{
    /// <summary>The state of the content file at content-relative <paramref name="sourcePath"/>.</summary>
    public async Task<EditorPreview> ForFileAsync(string sourcePath, CancellationToken cancellationToken)
    {
        var hash = await context.SourceFiles.AsNoTracking().Where(f => f.Path == sourcePath).Select(f => f.Hash)
            .FirstOrDefaultAsync(cancellationToken);
        var problems = await context.Problems.AsNoTracking().Where(p => p.Path == sourcePath)
            .OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Id)
            .Select(p => new ContentProblem(p.Path, p.Line, p.Column, p.Severity, p.Code, p.Message))
            .ToListAsync(cancellationToken);
        // Problems can change without the bytes changing (a slug taken by another file), so both count.
        var state = string.Join('\n', problems.Select(p => p.ToString()).Prepend(hash ?? "missing"));
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..16];
        return new EditorPreview(version, problems);
    }
}
