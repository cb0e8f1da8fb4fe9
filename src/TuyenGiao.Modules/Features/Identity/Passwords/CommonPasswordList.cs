namespace TuyenGiao.Modules.Features.Identity.Passwords;

/// <summary>
/// The commonest passwords (lower-cased), read once from the embedded
/// <c>Resources/common-passwords.txt</c>: the top 10,000 of zxcvbn's list plus common Vietnamese ones.
/// </summary>
internal static class CommonPasswordList
{
    public const string ResourceName = "TuyenGiao.common-passwords.txt";

    private static readonly Lazy<HashSet<string>> Set = new(Load);

    public static int Count => Set.Value.Count;

    /// <summary>True when the password, lower-cased, is on the list.</summary>
    public static bool Contains(string password) => Set.Value.Contains(password.ToLowerInvariant());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}
