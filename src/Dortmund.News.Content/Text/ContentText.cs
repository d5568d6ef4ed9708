using System.Text;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Text;

/// <summary>Turns a content file's bytes into text, refusing binary files and invalid UTF-8.</summary>
public static class ContentText
{
    /// <summary>Largest content file accepted; larger ones are refused before parsing.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the bytes, dropping a UTF-8 BOM; null (with a problem) when they are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ProblemList problems)
    {
        if (bytes.Length > MaxBytes)
        {
            problems.Add(Rules.TooLarge, Position.Start,
                $"file is {bytes.Length / 1024 / 1024.0:0.0} MB; content files may be at most {MaxBytes / 1024 / 1024} MB");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];

        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            problems.Add(Rules.NotText, LocationOf(bytes, nul), "file contains NUL bytes: it is a binary file, not Markdown");
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(Rules.NotText, LocationOf(bytes, Math.Max(0, e.Index)),
                "file is not valid UTF-8: save it as UTF-8 in your editor");
            return null;
        }
    }

    private static Position LocationOf(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..Math.Min(index, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new Position(line, index - lineStart + 1);
    }
}
