using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Newsroom.Media;

/// <summary>A fixture whose media files go to their own temporary folder, with small size limits (300 kB) so "too big" is cheap to test.</summary>
public interface IMediaFixture
{
    string MediaRoot { get; }
}

internal static class MediaSettings
{
    public const long Limit = 300_000;

    public static string NewRoot() => Path.Combine(Path.GetTempPath(), "tg-media-" + Guid.NewGuid().ToString("N")[..8]);

    public static IReadOnlyDictionary<string, string?> For(string root) => new Dictionary<string, string?>
    {
        ["Media:Root"] = root,
        ["Media:MaxImageBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:MaxVideoBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Media:MaxDocumentBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static void Delete(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

public sealed class MediaSqliteFixture : SqliteAppFixture, IMediaFixture
{
    public string MediaRoot { get; } = MediaSettings.NewRoot();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.For(MediaRoot);

    protected override async Task CleanupAsync()
    {
        await base.CleanupAsync();
        MediaSettings.Delete(MediaRoot);
    }
}

public sealed class MediaPostgresFixture : PostgresAppFixture, IMediaFixture
{
    public string MediaRoot { get; } = MediaSettings.NewRoot();

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => MediaSettings.For(MediaRoot);

    protected override async Task CleanupAsync()
    {
        await base.CleanupAsync();
        MediaSettings.Delete(MediaRoot);
    }
}
