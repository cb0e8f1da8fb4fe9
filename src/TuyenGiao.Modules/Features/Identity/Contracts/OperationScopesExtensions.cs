using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Identity.Contracts;

public static class OperationScopesExtensions
{
    /// <summary>Runs <paramref name="work"/> with <typeparamref name="TService"/> from a fresh scope acting as the signed-in person.</summary>
    public static async Task<T> RunAsync<TService, T>(this IOperationScopes scopes, Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = await scopes.CreateAsync();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <inheritdoc cref="RunAsync{TService, T}"/>
    public static async Task RunAsync<TService>(this IOperationScopes scopes, Func<TService, Task> work)
        where TService : notnull
    {
        await using var scope = await scopes.CreateAsync();
        await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
