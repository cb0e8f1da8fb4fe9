using System.Security.Cryptography;
using System.Text;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>Opaque random secrets (registration secrets, attempt tokens) and their stored SHA-256 hashes.</summary>
internal static class Secrets
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(18));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string? secret, string hash) =>
        !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
