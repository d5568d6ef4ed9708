using Dortmund.News.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddSiteLogging();
builder.Services.AddContentCatalogue();
builder.Services.AddSitePages();

var app = builder.Build();

app.UseSitePipeline();
app.MapSiteEndpoints();

await app.RunAsync();

/// <summary>Entry point, public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
