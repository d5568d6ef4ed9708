using Dortmund.News.Web.Hosting;

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

await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
