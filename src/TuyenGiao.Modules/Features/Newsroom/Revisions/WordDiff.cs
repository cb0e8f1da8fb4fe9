using DiffPlex;
using DiffPlex.Chunkers;

namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>Word-level differences of two texts (DiffPlex), merged into runs a person reads.</summary>
internal static class WordDiff
{
    private static readonly char[] Separators = [' ', '\n', '\r', '\t', '.', ',', ';', ':', '!', '?', '(', ')', '"'];

    public static IReadOnlyList<DiffSegment> Compare(string? older, string? newer)
    {
        older ??= string.Empty;
        newer ??= string.Empty;
        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, new DelimiterChunker(Separators));
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        var segments = new List<DiffSegment>();
        var oldPos = 0;
        var newPos = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, "equal", newPieces, newPos, block.InsertStartB - newPos);
            oldPos = block.DeleteStartA;
            Add(segments, "delete", oldPieces, oldPos, block.DeleteCountA);
            Add(segments, "insert", newPieces, block.InsertStartB, block.InsertCountB);
            oldPos = block.DeleteStartA + block.DeleteCountA;
            newPos = block.InsertStartB + block.InsertCountB;
        }

        Add(segments, "equal", newPieces, newPos, newPieces.Count - newPos);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, string kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
