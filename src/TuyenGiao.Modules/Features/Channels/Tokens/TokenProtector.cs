using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Tokens;

/// <summary>Channel tokens encrypted at rest with ASP.NET Core Data Protection, one purpose per channel kind.</summary>
internal sealed class TokenProtector(IDataProtectionProvider provider)
{
    private IDataProtector For(ChannelKind kind) => provider.CreateProtector("TuyenGiao.Channels.Tokens." + kind);

    public string? Protect(ChannelKind kind, string? token) =>
        string.IsNullOrWhiteSpace(token) ? null : For(kind).Protect(token.Trim());

    /// <summary>The clear token, or null when absent or unreadable (a lost key ring: the channel needs connecting again).</summary>
    public string? Unprotect(ChannelKind kind, string? protectedToken)
    {
        if (string.IsNullOrEmpty(protectedToken))
        {
            return null;
        }

        try
        {
            return For(kind).Unprotect(protectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
