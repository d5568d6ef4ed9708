namespace Dortmund.News.Catalogue.Search;

/// <summary>
/// Counts the mentions of each word of one text, a word given by its place in the text, so no string is
/// made per word. An open-addressing table keyed by a hash the caller computes while it scans the word
/// (<see cref="Hash"/>): a Dictionary, even with a span lookup, takes twice as long (docs/performance.md, Decisions).
/// </summary>
internal sealed class WordMentions(string text)
{
    /// <summary>The hash of an empty word; extend it with <see cref="Hash"/> character by character (FNV-1a).</summary>
    public const uint EmptyHash = 2166136261;

    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    private int[] _slots = new int[64]; // entry index + 1, 0 when free
    private Entry[] _entries = new Entry[32];
    private int _count;
    private int _shift = 32 - 6;

    private struct Entry
    {
        public int Start;
        public int Length;
        public uint Hash;
        public int Mentions;
    }

    /// <summary>Counts one more mention of the word at [<paramref name="start"/>, +<paramref name="length"/>) and returns its mentions so far.</summary>
    public int Add(int start, int length, uint hash)
    {
        var word = text.AsSpan(start, length);
        var slot = SlotOf(hash);
        while (_slots[slot] != 0)
        {
            ref var entry = ref _entries[_slots[slot] - 1];
            if (entry.Hash == hash && text.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
                return ++entry.Mentions;
            slot = (slot + 1) & (_slots.Length - 1);
        }

        if (_count == _entries.Length)
            Array.Resize(ref _entries, _count * 2);
        _entries[_count] = new Entry { Start = start, Length = length, Hash = hash, Mentions = 1 };
        _slots[slot] = ++_count;
        if (_count * 2 > _slots.Length)
            Grow();
        return 1;
    }

    // Fibonacci hashing: the top bits of the product, so every bit of the hash decides the slot.
    private int SlotOf(uint hash) => (int)((hash * 2654435769u) >> _shift);

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        _shift--;
        for (var i = 0; i < _count; i++)
        {
            var slot = SlotOf(_entries[i].Hash);
            while (_slots[slot] != 0)
                slot = (slot + 1) & (_slots.Length - 1);
            _slots[slot] = i + 1;
        }
    }
}
