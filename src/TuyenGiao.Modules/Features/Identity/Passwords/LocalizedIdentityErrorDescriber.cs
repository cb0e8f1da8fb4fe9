using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Passwords;

/// <summary>Every ASP.NET Core Identity error in the user's language (Vietnamese first), from IdentityMessages.</summary>
internal sealed class LocalizedIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "IdErrDefault");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "IdErrConcurrency");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "IdErrPasswordMismatch");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "IdErrInvalidToken");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "IdErrRecoveryCode");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "IdErrLoginAssociated");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "IdErrInvalidUserName", userName);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "IdErrInvalidEmail", email);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "IdErrDuplicateUserName", userName);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "IdErrDuplicateEmail", email);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), "IdErrInvalidRoleName", role);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), "IdErrDuplicateRoleName", role);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "IdErrHasPassword");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "IdErrLockoutNotEnabled");

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), "IdErrAlreadyInRole", role);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), "IdErrNotInRole", role);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "IdErrPasswordTooShort", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), "IdErrPasswordUniqueChars", uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "IdErrPasswordNonAlphanumeric");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "IdErrPasswordDigit");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "IdErrPasswordLower");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "IdErrPasswordUpper");

    private static IdentityError Error(string code, string key, params object?[] args) =>
        new() { Code = code, Description = Messages.Get(key, args) };
}
