using Dortmund.News.Web;
using Dortmund.News.Web.Attachments;
using Dortmund.News.Web.Caching;
using Dortmund.News.Web.Commands;
using Dortmund.News.Web.Discovery;
using Dortmund.News.Web.EditorPreview;
using Dortmund.News.Web.Embargo;
using Dortmund.News.Web.Events;
using Dortmund.News.Web.Health;
using Dortmund.News.Web.Hosting;
using Dortmund.News.Web.Localization;
using Dortmund.News.Web.Press;
using Dortmund.News.Web.PressPhotos;
using Dortmund.News.Web.Security;
using Dortmund.News.Web.Syncing;

if (SiteCommands.IsCommand(args)) { Environment.ExitCode = await SiteCommands.RunAsync(args); return; }

try
{
    var builder = WebApplication.CreateBuilder(SiteContentRoot.Options(args));

    builder.AddSiteLogging();
    builder.AddSiteStaticAssets();
    builder.Services.AddEditorPreview();
    builder.Services.AddContentCatalogue();
    builder.Services.AddPressPhotos();
    builder.Services.AddSitePages();
    builder.Services.AddSiteLanguages();
    builder.Services.AddEmbargoLinks();
    builder.Services.AddSiteAddress();
    builder.Services.AddSiteCaching();
    builder.Services.AddSiteHealth();
    builder.Services.AddSiteSecurity();

    var app = builder.Build();

    app.WarnWithoutBaseUrl();
    app.UseRequestPipeline();
    app.MapSiteHealth();
    app.MapDiscoveryEndpoints();
    app.MapPressEndpoints();
    app.MapSiteEndpoints();
    app.MapAttachmentDownloads();
    app.MapEventCalendars();
    app.MapEmbargoAttachments();
    app.MapPressPhotoDownloads();
    app.MapEditorPreview();

    await app.RunUntilStoppedAsync();
}
catch (Exception e) when (StartupFailure.Explain(e) is { } line)
{
    // Port in use, catalogue folder, content folder: one line for the operator, no stack trace (Hosting/StartupFailure.cs).
    await Console.Error.WriteLineAsync(line);
    Environment.ExitCode = 1;
}

/// <summary>Entry point, public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
