using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>
/// Runs back-office work in a fresh DI scope signed in as the circuit's user. A Blazor circuit's
/// own scope lives as long as the browser tab and its events can overlap, while a DbContext serves
/// one operation at a time; a scope per call gives each its own DbContext and the same access
/// checks an API request gets.
/// </summary>
public static class CircuitScope
{
    public static async Task<T> RunAsync<T>(
        IServiceScopeFactory scopes,
        AuthenticationStateProvider circuitAuthentication,
        Func<IServiceProvider, CancellationToken, Task<T>> work,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(circuitAuthentication.GetAuthenticationStateAsync());
        }

        return await work(scope.ServiceProvider, ct);
    }
}
