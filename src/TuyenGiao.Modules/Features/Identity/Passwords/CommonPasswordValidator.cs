using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Passwords;

/// <summary>
/// OWASP ASVS 5 (V6.2): refuses the commonest passwords and the account's own e-mail address
/// (or its part before the @). No composition rules: length and this list do the work.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string TooCommonCode = "PasswordTooCommon";
    public const string MatchesEmailCode = "PasswordMatchesEmail";

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (CommonPasswordList.Contains(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = TooCommonCode, Description = Messages.Get("IdPasswordTooCommon") }));
        }

        if (MatchesEmail(password, user.Email) || MatchesEmail(password, user.UserName))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = MatchesEmailCode, Description = Messages.Get("IdPasswordMatchesEmail") }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static bool MatchesEmail(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var address = email.Trim();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = at > 0 ? address[..at] : address;
        return string.Equals(password, address, StringComparison.OrdinalIgnoreCase)
            || string.Equals(password, local, StringComparison.OrdinalIgnoreCase);
    }
}
