namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>People's names as shown to others (bylines): the account's full name, never its e-mail address.</summary>
public interface IUserNames
{
    /// <summary>The account's full name; null when the account is unknown or has none.</summary>
    Task<string?> FullNameAsync(string userId, CancellationToken ct = default);
}
