using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>
/// Base of the guidance and campaign pages: every call runs in its own scope signed in as the
/// circuit's user (<see cref="IOperationScopes"/>); failures become a Vietnamese message and,
/// for bad input, messages per field.
/// </summary>
public abstract class GuidancePageBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource disposed = new();

    [Inject]
    private IOperationScopes Scopes { get; set; } = default!;

    [Inject]
    private ILoggerFactory LoggerFactory { get; set; } = default!;

    /// <summary>The last failure's message (null when the last call succeeded).</summary>
    protected string? Problem { get; set; }

    /// <summary>Messages per field of the last refused input ("values.bang-ron" → "…").</summary>
    protected Dictionary<string, string> FieldErrors { get; private set; } = [];

    protected CancellationToken Aborted => disposed.Token;

    /// <summary>Runs the work with <typeparamref name="TService"/>; on failure records the problem and returns default.</summary>
    protected async Task<T?> RunAsync<TService, T>(Func<TService, CancellationToken, Task<T>> work)
        where TService : notnull
    {
        Problem = null;
        FieldErrors = [];
        try
        {
            await using var scope = await Scopes.CreateAsync();
            return await work((TService)scope.ServiceProvider.GetService(typeof(TService))!, Aborted);
        }
        catch (AppProblemException e)
        {
            Problem = e.Errors.Count > 0 ? e.Title : e.Detail ?? e.Title;
            FieldErrors = e.Errors.GroupBy(x => x.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(x => x.Message)));
            return default;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LoggerFactory.CreateLogger(GetType()).LogError(e, "Back-office call failed in {Component}", GetType().Name);
            Problem = Messages.Get("ServerError");
            return default;
        }
    }

    protected bool HasError(string field) => FieldErrors.ContainsKey(field);

    protected string? ErrorOf(string field) => FieldErrors.GetValueOrDefault(field);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            disposed.Cancel();
            disposed.Dispose();
        }
    }
}
