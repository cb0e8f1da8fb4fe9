using MudBlazor.Services;
using TuyenGiao.Modules.Features.Identity;
using TuyenGiao.Modules.Features.Newsroom;
using TuyenGiao.Modules.Features.Notifications;
using TuyenGiao.Modules.Features.Organization;
using TuyenGiao.Modules.Features.Planning;
using TuyenGiao.Web.Components;
using TuyenGiao.Web.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPlatform(builder.Configuration, builder.Environment);
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddOrganization();
builder.Services.AddPlanning();
builder.Services.AddNotifications();
builder.Services.AddNewsroom();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();

var app = builder.Build();

await app.InitializeDatabaseAsync();

app.UsePlatform();
var api = app.MapApi();
api.MapIdentity();
api.MapOrganization();
api.MapPlanning();
api.MapNotifications();
api.MapNewsroom();
app.MapNewsroomFiles();

app.MapStaticAssets();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode()
    .AddAdditionalAssemblies(typeof(OrganizationModule).Assembly);

app.LogStartBanner();
await app.RunAsync();

/// <summary>The host; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
