using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Modules.Features.Identity.Access;

internal sealed class OperationScopes(CurrentUserAccessor currentUser, IServiceScopeFactory scopes) : IOperationScopes
{
    public async Task<AsyncServiceScope> CreateAsync()
    {
        var user = await currentUser.GetAsync();
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserAccessor>().Use(user);
        return scope;
    }
}
