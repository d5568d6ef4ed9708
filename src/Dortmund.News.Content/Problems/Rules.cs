namespace Dortmund.News.Content.Problems;

/// <summary>A validation rule: a stable code, its severity and what it checks.</summary>
public sealed record Rule(string Code, Severity Severity, string Description);

/// <summary>
/// Every rule the validator and the site apply. Codes are stable: editors, CI annotations and the
/// rules table in content/README.md refer to them.
/// </summary>
public static class Rules
{
    /// <summary>The file is not valid UTF-8 text.</summary>
    public static readonly Rule NotText = new("NEWS001", Severity.Error, "file is binary or not valid UTF-8");
    /// <summary>The file is larger than a content file may be.</summary>
    public static readonly Rule TooLarge = new("NEWS002", Severity.Error, "file is larger than the size limit");
    /// <summary>No front matter, or front matter that is never closed.</summary>
    public static readonly Rule NoFrontMatter = new("NEWS003", Severity.Error, "front matter missing or not closed");
    /// <summary>YAML that does not parse.</summary>
    public static readonly Rule YamlSyntax = new("NEWS004", Severity.Error, "YAML syntax error in the front matter");
    /// <summary>A key appears twice.</summary>
    public static readonly Rule DuplicateKey = new("NEWS005", Severity.Error, "a front-matter key appears twice");
    /// <summary>Front matter that is not a key/value mapping.</summary>
    public static readonly Rule NotAMapping = new("NEWS006", Severity.Error, "front matter is not a list of keys and values");
    /// <summary>Markdown nested deeper than the parser allows.</summary>
    public static readonly Rule TooDeep = new("NEWS007", Severity.Error, "Markdown nested too deeply (lists or quotes)");
    /// <summary>Reading the file failed unexpectedly (the disk, or a bug the message names): this file is held back, the rest goes on.</summary>
    public static readonly Rule Unreadable = new("NEWS008", Severity.Error, "file could not be read");
    /// <summary>A character XML cannot carry (a control character, U+FFFE/U+FFFF, a lone surrogate), replaced so feeds stay well-formed.</summary>
    public static readonly Rule NotXmlText = new("NEWS009", Severity.Warning, "character not allowed in XML was replaced");
    /// <summary>A required key is missing.</summary>
    public static readonly Rule MissingKey = new("NEWS010", Severity.Error,
        "required key missing (title, date; name for authors; name, role, organisation, email, phone for contacts; title for the boilerplate)");
    /// <summary>A value of the wrong type.</summary>
    public static readonly Rule WrongType = new("NEWS011", Severity.Error, "value has the wrong type (text, list, true/false)");
    /// <summary>A date that is not an ISO 8601 date, or one outside the years the site can show.</summary>
    public static readonly Rule BadDate = new("NEWS012", Severity.Error, "date is not an ISO 8601 date or date-time, or out of range");
    /// <summary>A key the site does not know.</summary>
    public static readonly Rule UnknownKey = new("NEWS013", Severity.Warning, "unknown key (probably a typo)");
    /// <summary>A list longer than the limit.</summary>
    public static readonly Rule TooMany = new("NEWS014", Severity.Error, "list longer than the limit");
    /// <summary>A value that is empty or not usable (for example a slug with no letters).</summary>
    public static readonly Rule BadValue = new("NEWS015", Severity.Error, "value is empty or unusable");
    /// <summary>A gallery image without a caption.</summary>
    public static readonly Rule NoCaption = new("NEWS020", Severity.Error, "gallery image has no caption");
    /// <summary>A gallery image without a photo credit.</summary>
    public static readonly Rule NoCredit = new("NEWS021", Severity.Error, "gallery image has no credit");
    /// <summary>A gallery image without alt text.</summary>
    public static readonly Rule NoAlt = new("NEWS022", Severity.Warning, "gallery image has no alt text (the caption is used)");
    /// <summary>An image path that is not a relative path inside content/.</summary>
    public static readonly Rule ImageOutside = new("NEWS023", Severity.Error, "image path is absolute, a URL, or leaves content/");
    /// <summary>An image file that does not exist.</summary>
    public static readonly Rule ImageMissing = new("NEWS024", Severity.Error, "image file not found");
    /// <summary>An image file that cannot be decoded.</summary>
    public static readonly Rule ImageCorrupt = new("NEWS025", Severity.Error, "image file is not a readable image");
    /// <summary>An author without a profile file.</summary>
    public static readonly Rule AuthorUnknown = new("NEWS030", Severity.Warning, "author has no profile file (shown as a plain name)");
    /// <summary>An article names a press contact without a contact file.</summary>
    public static readonly Rule ContactUnknown = new("NEWS031", Severity.Warning, "press contact has no contact file (not shown)");
    /// <summary>A contact's e-mail address that is not one.</summary>
    public static readonly Rule BadEmail = new("NEWS032", Severity.Error, "e-mail address is not valid");
    /// <summary>A contact's phone number not in international notation (+49 …), or with letters.</summary>
    public static readonly Rule BadPhone = new("NEWS033", Severity.Error, "phone number is not in international notation (+49 …)");
    /// <summary>A second contact marked <c>default: true</c>.</summary>
    public static readonly Rule SecondDefaultContact = new("NEWS034", Severity.Error, "more than one contact is marked default: true");
    /// <summary>Two articles with the same slug.</summary>
    public static readonly Rule DuplicateSlug = new("NEWS040", Severity.Error, "two articles have the same slug");
    /// <summary>An alias that collides with another article's URL.</summary>
    public static readonly Rule AliasCollision = new("NEWS041", Severity.Error, "alias collides with another article's URL");
    /// <summary>A link to an article that does not exist.</summary>
    public static readonly Rule BrokenLink = new("NEWS042", Severity.Error, "link to /artikel/… matches no article");
    /// <summary>An article without body text.</summary>
    public static readonly Rule EmptyBody = new("NEWS050", Severity.Warning, "article or boilerplate has no text");
    /// <summary>An event time that is not a date with time and offset.</summary>
    public static readonly Rule EventTime = new("NEWS070", Severity.Error, "event time is not a date and time with offset");
    /// <summary>An event that ends before it starts.</summary>
    public static readonly Rule EventEndsBeforeStart = new("NEWS071", Severity.Error, "event ends before it starts");
    /// <summary>An attachment path that is not a relative path inside content/.</summary>
    public static readonly Rule AttachmentOutside = new("NEWS072", Severity.Error, "attachment path is absolute, a URL, or leaves content/");
    /// <summary>An attachment file that does not exist inside content/.</summary>
    public static readonly Rule AttachmentMissing = new("NEWS073", Severity.Error, "attachment file not found inside content/");
    /// <summary>An attachment that is not a PDF, DOCX, XLSX, PPTX or ZIP file.</summary>
    public static readonly Rule AttachmentType = new("NEWS074", Severity.Error, "attachment is not a PDF, DOCX, XLSX, PPTX or ZIP file");
    /// <summary>Two attachments of one article with the same file name.</summary>
    public static readonly Rule AttachmentNameTwice = new("NEWS075", Severity.Error, "two attachments have the same file name");

    /// <summary>A language (<c>lang:</c> or a file-name suffix such as <c>.fr.md</c>) the site is not configured for.</summary>
    public static readonly Rule UnknownLanguage = new("NEWS080", Severity.Error, "language is not one the site publishes in (de, en)");
    /// <summary><c>lang:</c> says another language than the file name's suffix (<c>index.en.md</c> with <c>lang: de</c>).</summary>
    public static readonly Rule LanguageMismatch = new("NEWS081", Severity.Error, "lang: disagrees with the file name's language suffix");
    /// <summary>Two files of one language in one translation group (the later in path order fails).</summary>
    public static readonly Rule TranslationTwice = new("NEWS082", Severity.Error, "two files of one language in one translation group");
    /// <summary>A translation whose German original is missing (or failed).</summary>
    public static readonly Rule OriginalMissing = new("NEWS083", Severity.Error, "translation without its German original");
    /// <summary>A file and its suffix translation (<c>index.md</c>, <c>index.en.md</c>) name different <c>translationKey</c>s.</summary>
    public static readonly Rule TranslationKeyCollision = new("NEWS084", Severity.Error,
        "a file and its suffix translation name different translationKeys");
    /// <summary>A translation gives a photo another credit or licence than the original: the original's stays.</summary>
    public static readonly Rule TranslatedCredit = new("NEWS085", Severity.Warning, "a translation's photo credit or licence differs from the original's (the original's is shown)");
    /// <summary>An English author profile (<c>authors/x.en.md</c>) without the German profile <c>authors/x.md</c>.</summary>
    public static readonly Rule ProfileOriginalMissing = new("NEWS086", Severity.Error, "translated author profile without the German profile");

    /// <summary>All rules, by code.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        NotText, TooLarge, NoFrontMatter, YamlSyntax, DuplicateKey, NotAMapping, TooDeep, Unreadable, NotXmlText, MissingKey, WrongType, BadDate,
        UnknownKey, TooMany, BadValue, NoCaption, NoCredit, NoAlt, ImageOutside, ImageMissing, ImageCorrupt,
        AuthorUnknown, ContactUnknown, BadEmail, BadPhone, SecondDefaultContact, DuplicateSlug, AliasCollision, BrokenLink, EmptyBody,
        EventTime, EventEndsBeforeStart, AttachmentOutside, AttachmentMissing, AttachmentType, AttachmentNameTwice,
        UnknownLanguage, LanguageMismatch, TranslationTwice, OriginalMissing, TranslationKeyCollision,
    ];
}
