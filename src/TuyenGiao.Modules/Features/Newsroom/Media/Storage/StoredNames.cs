using System.Text.RegularExpressions;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Storage;

/// <summary>
/// Generated names of stored files: lower-case hex SHA-256 of the bytes, a dot and an extension
/// from a fixed list (<c>3f…a9.webp</c>). Never the uploader's file name, so a name can neither
/// escape the storage folder nor pick how the file is served.
/// </summary>
public static partial class StoredNames
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["jpg"] = "image/jpeg",
        ["png"] = "image/png",
        ["webp"] = "image/webp",
        ["mp4"] = "video/mp4",
        ["pdf"] = "application/pdf",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    public static string Create(string sha256Hex, string extension) => sha256Hex + "." + extension;

    /// <summary>True for names this library generates; anything else is not looked up at all.</summary>
    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    public static string ContentTypeOf(string storedName) => ContentTypes[Extension(storedName)];

    public static bool IsDocument(string storedName) => Extension(storedName) is "pdf" or "docx";

    public static string Sha256Of(string storedName) => storedName[..storedName.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>The site-relative address the file is served at.</summary>
    public static string Url(string storedName) => "/media/" + storedName;

    private static string Extension(string storedName) => storedName[(storedName.LastIndexOf('.') + 1)..];

    [GeneratedRegex("^[0-9a-f]{64}\\.(jpg|png|webp|mp4|pdf|docx)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
