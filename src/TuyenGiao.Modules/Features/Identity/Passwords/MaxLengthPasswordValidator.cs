using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Passwords;

/// <summary>
/// Long passphrases are welcome (OWASP ASVS 5 asks for at least 64 characters); 128 is the cap,
/// so hashing cost stays bounded.
/// </summary>
internal sealed class MaxLengthPasswordValidator : IPasswordValidator<AppUser>
{
    public const int MaxLength = 128;
    public const string Code = "PasswordTooLong";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is { Length: > MaxLength }
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Messages.Get("IdPasswordTooLong", MaxLength) })
            : IdentityResult.Success);
}
