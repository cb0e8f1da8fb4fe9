using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Identity.Access;

/// <summary>
/// The person behind the current request: the HTTP request's user for the API and static pages,
/// the circuit's authentication state in the interactive back-office.
/// </summary>
internal sealed class CurrentUserAccessor(IHttpContextAccessor http, IServiceProvider services)
{
    private ClaimsPrincipal? cached;

    public ClaimsPrincipal? Cached => cached;

    /// <summary>The user known without waiting: the cached one, else the HTTP request's signed-in user.</summary>
    public ClaimsPrincipal? Known => cached ?? (http.HttpContext?.User is { Identity.IsAuthenticated: true } u ? u : null);

    /// <summary>Acts as <paramref name="user"/> in this scope (an operation scope opened from a back-office circuit).</summary>
    public void Use(ClaimsPrincipal user) => cached = user;

    public async Task<ClaimsPrincipal> GetAsync()
    {
        if (cached is not null)
        {
            return cached;
        }

        var fromHttp = http.HttpContext?.User;
        if (fromHttp?.Identity?.IsAuthenticated == true)
        {
            return cached = fromHttp;
        }

        var provider = services.GetService<AuthenticationStateProvider>();
        if (provider is not null)
        {
            try
            {
                var state = await provider.GetAuthenticationStateAsync();
                if (state.User.Identity?.IsAuthenticated == true)
                {
                    return cached = state.User;
                }
            }
            catch (InvalidOperationException)
            {
                // Outside a Blazor circuit the provider has no state: the HTTP user is the answer.
            }
        }

        return fromHttp ?? new ClaimsPrincipal(new ClaimsIdentity());
    }
}
