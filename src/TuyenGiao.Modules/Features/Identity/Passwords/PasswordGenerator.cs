using System.Security.Cryptography;

namespace TuyenGiao.Modules.Features.Identity.Passwords;

/// <summary>Passwords made for people: the first administrator's, and an account's initial one.</summary>
internal static class PasswordGenerator
{
    /// <summary>Four groups of five lower-case letters and digits, dash-separated: easy to type, about 100 bits.</summary>
    public static string Generate()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        var chars = new char[23];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 6 == 5 ? '-' : alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        }

        return new string(chars);
    }
}
