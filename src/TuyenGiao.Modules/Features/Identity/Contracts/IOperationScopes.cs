using Microsoft.Extensions.DependencyInjection;

namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>
/// Short-lived service scopes for interactive back-office pages: each operation gets its own
/// DbContext (a circuit lives for hours and may start two operations at once) while acting as the
/// person signed in to the circuit, so access checks and the audit log see the right user.
/// </summary>
public interface IOperationScopes
{
    /// <summary>A new scope whose current user is the caller's.</summary>
    Task<AsyncServiceScope> CreateAsync();
}
