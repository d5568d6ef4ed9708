using Dortmund.News.Content.Articles;
using Dortmund.News.Content.FrontMatter;
using Dortmund.News.Content.Problems;

namespace Dortmund.News.Content.Attachments;

// Each key documents itself: its description is what editors read in the schema (content/.schema/).
#pragma warning disable CS1591

/// <summary>The keys of one entry under an article's <c>attachments:</c>, read by <see cref="AttachmentReader"/>.</summary>
public static class AttachmentKeys
{
    public static readonly TextKey Source = new("src", "Datei neben dem Artikel: PDF, DOCX, XLSX, PPTX oder ZIP, z. B. programm.pdf.",
        ContentPath.Pattern + AttachmentType.ExtensionPattern) { RequiredBy = Rules.MissingKey };

    public static readonly TextKey Title = new("title", "Linktext, z. B. Pressemappe.") { RequiredBy = Rules.MissingKey };

    public static readonly KeySet Set = new("attachment", "Anhang", [Source, Title]);
}
