using System.Text;

namespace Dortmund.News.Corpus;

/// <summary>
/// Thousands of German-like words built from syllables, beside the generator's real words, drawn with a skewed
/// frequency (a few words often, most rarely) so search terms and word counts look like a newsroom's.
/// </summary>
internal sealed class Vocabulary
{
    private static readonly string[] Onsets =
        ["b", "br", "d", "dr", "f", "fl", "fr", "g", "gr", "h", "k", "kl", "kr", "l", "m", "n", "p", "pf", "r", "s", "sch",
         "schl", "schw", "sp", "st", "str", "t", "tr", "w", "z", "zw"];
    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "ie", "eu", "a", "e", "e", "i"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "t", "ch", "ck", "ng", "nd", "rt", "st", "ft", "ß", "m", "lt"];
    private static readonly string[] NounEndings = ["", "", "", "ung", "heit", "keit", "schaft", "er", "ling", "nis", "tum", "e"];
    private static readonly string[] AdjectiveEndings = ["ige", "lichen", "ische", "baren", "samen", "igen", "liche"];
    private static readonly string[] VerbEndings = ["en", "t", "te", "ten"];

    private static readonly string[] FunctionWords =
        ["und", "die", "der", "das", "mit", "für", "von", "im", "auf", "zum", "zur", "eine", "einen", "wird", "wurde", "haben",
         "ist", "sind", "nicht", "auch", "sich", "es", "in", "an", "bei", "nach", "aus", "dem", "den", "des", "ein", "als",
         "wie", "so", "noch", "über", "vor", "seit", "mehr", "sowie", "dass", "werden", "hat", "unter", "zwischen"];

    private readonly string[] _real;
    private readonly string[] _generated;

    public Vocabulary(int seed, int generatedWords)
    {
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(generatedWords);
        while (ordered.Count < generatedWords)
        {
            var word = Word(random);
            if (words.Add(word))
                ordered.Add(word);
        }

        _generated = [.. ordered];
        _real = CorpusGenerator.Words.Where(w => !FunctionWords.Contains(w)).ToArray();
    }

    /// <summary>Distinct words the corpus can contain.</summary>
    public int Count => FunctionWords.Length + _real.Length + _generated.Length;

    /// <summary>A word: function words a third of the time, the real words sometimes, the generated ones Zipf-like.</summary>
    public string Next(Random random) => random.Next(100) switch
    {
        < 35 => FunctionWords[random.Next(FunctionWords.Length)],
        < 50 => _real[random.Next(_real.Length)],
        _ => _generated[(int)(Math.Pow(random.NextDouble(), 2.5) * _generated.Length)],
    };

    /// <summary>A sentence of <paramref name="words"/> words, capitalised, ending in a full stop.</summary>
    public string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
            text.Append(i == 0 ? "" : " ").Append(Next(random));
        text[0] = char.ToUpperInvariant(text[0]);
        return text.Append('.').ToString();
    }

    private static string Word(Random random)
    {
        var kind = random.Next(10);
        var stem = new StringBuilder();
        for (var s = random.Next(1, kind < 6 ? 4 : 3); s > 0; s--)
            stem.Append(Onsets[random.Next(Onsets.Length)]).Append(Nuclei[random.Next(Nuclei.Length)]).Append(Codas[random.Next(Codas.Length)]);
        return kind switch
        {
            // Nouns, some of them compounds of two stems as German writes them.
            < 6 => char.ToUpperInvariant(stem[0]) + stem.ToString(1, stem.Length - 1) + NounEndings[random.Next(NounEndings.Length)],
            < 8 => stem + AdjectiveEndings[random.Next(AdjectiveEndings.Length)],
            _ => stem + VerbEndings[random.Next(VerbEndings.Length)],
        };
    }
}
