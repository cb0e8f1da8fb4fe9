using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>
/// Base of the back-office components: every call to the services runs through
/// <see cref="IOperationScopes"/> (its own scope and DbContext, the circuit's signed-in person), and
/// failures turn into text a person can read.
/// </summary>
public abstract class BackOfficeComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource disposed = new();

    [Inject]
    private IOperationScopes Scopes { get; set; } = default!;

    [Inject]
    private ILoggerFactory LoggerFactory { get; set; } = default!;

    /// <summary>Cancelled when the component goes away (page left, dialog closed).</summary>
    protected CancellationToken Aborted => disposed.Token;

    /// <summary>Runs <paramref name="work"/> with services from a new scope signed in as the circuit's user.</summary>
    protected async Task<T> CallAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work)
    {
        await using var scope = await Scopes.CreateAsync();
        return await work(scope.ServiceProvider, Aborted);
    }

    protected Task CallAsync(Func<IServiceProvider, CancellationToken, Task> work) =>
        CallAsync<bool>(async (sp, ct) =>
        {
            await work(sp, ct);
            return true;
        });

    /// <summary>
    /// What to tell the person about a failure: the problem's own Vietnamese text, or a generic
    /// sentence (the details go to the log, never to the screen).
    /// </summary>
    protected ProblemInfo Describe(Exception exception)
    {
        if (exception is AppProblemException problem)
        {
            return ProblemInfo.From(problem);
        }

        LoggerFactory.CreateLogger(GetType()).LogError(exception, "Back-office call failed in {Component}", GetType().Name);
        return new ProblemInfo(Messages.Get("ServerError"), null, []);
    }

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
