using Dortmund.News.Catalogue.Queries;
using Dortmund.News.Web.Discovery;

namespace Dortmund.News.Web.Attachments;

/// <summary>An article's files and where each is downloaded: below the article's address, or below its embargo link's.</summary>
public sealed record AttachmentLinks(IReadOnlyList<AttachmentView> Files, string BasePath)
{
    /// <summary>The links under the article's public address.</summary>
    public static AttachmentLinks Of(ArticleView article) => new(article.Attachments, FeedDocuments.ArticlePath(article.Slug));

    public string PathOf(AttachmentView file) => SiteRoutes.AttachmentPath(BasePath, file.FileName);
}
