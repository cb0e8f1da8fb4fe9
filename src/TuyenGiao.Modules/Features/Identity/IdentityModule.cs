using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Access;
using TuyenGiao.Modules.Features.Identity.Audit;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Identity.ManageUsers;
using TuyenGiao.Modules.Features.Identity.Passwords;
using TuyenGiao.Modules.Features.Identity.Seeding;
using TuyenGiao.Modules.Features.Identity.SignIn;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Identity;

/// <summary>Accounts, sign-in (cookie for the back-office, bearer for the API), scoped roles, audit.</summary>
public static class IdentityModule
{
    public const string SmartScheme = "CookieOrBearer";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SeedAdminOptions>().Bind(configuration.GetSection(SeedAdminOptions.Section));
        services.AddHttpContextAccessor();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1))
            .AddIdentityCookies(c => c.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/dang-nhap";
                o.LogoutPath = "/dang-xuat";
                o.AccessDeniedPath = "/dang-nhap";
                o.Cookie.Name = "tg.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
            }));

        services.AddIdentityCore<AppUser>(o =>
            {
                // OWASP ASVS 5: at least 8 characters, at most 128 (MaxLengthPasswordValidator), no
                // composition rules; the commonest passwords are refused by CommonPasswordValidator.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<MaxLengthPasswordValidator>()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<CurrentUserAccessor>();
        services.AddScoped<IAccessScope, AccessScope>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<IRoleHolders, RoleHolders>();
        services.AddScoped<IUserNames, UserNames>();
        services.AddScoped<SignInService>();
        services.AddScoped<UnitDirectory>();
        services.AddScoped<IOperationScopes, OperationScopes>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AdminSeeder>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuUsers", "/quan-tri/tai-khoan", MudBlazor.Icons.Material.Filled.People, 90, RequiredPermission: nameof(Permission.ManageUsers)));
        services.AddSingleton(new BackOfficeMenuItem("UiMenuAudit", "/quan-tri/nhat-ky", MudBlazor.Icons.Material.Filled.History, 91, RequiredPermission: nameof(Permission.ViewAudit)));
        return services;
    }

    /// <summary>
    /// Creates the first administrator when there is no account yet (called by the host on start).
    /// Returns the e-mail and, when one was generated, the password to show once.
    /// </summary>
    public static Task<(string Email, string? GeneratedPassword)?> SeedIdentityAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.GetRequiredService<AdminSeeder>().SeedAsync(ct);

    public static void MapIdentity(this IEndpointRouteBuilder api)
    {
        api.MapLogin();
        api.MapUsers();
        api.MapAudit();
    }

    private static Task ApiAware(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
