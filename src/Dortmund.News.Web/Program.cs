using Dortmund.News.Web.Commands;
using Dortmund.News.Web.EditorPreview;
using Dortmund.News.Web.Hosting;

if (SiteCommands.IsCommand(args)) { Environment.ExitCode = await SiteCommands.RunAsync(args); return; }

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddContentCatalogue();
builder.Services.AddSitePages();
builder.Services.AddSiteReach();

var app = builder.Build();

app.UseSiteForwardedHeaders();
app.UseSitePipeline();
app.MapSiteReach();
app.MapSiteEndpoints();
app.MapEditorPreview();

await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
