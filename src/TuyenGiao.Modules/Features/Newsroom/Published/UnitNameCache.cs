using System.Collections.Concurrent;

namespace TuyenGiao.Modules.Features.Newsroom.Published;

/// <summary>
/// Unit names shown on cards, articles and search hits, kept for <see cref="Lifetime"/> across
/// requests. A list of 50 search hits names up to 50 different units, and the hierarchy answers one
/// unit per query: without this, those lookups were most of a search's cost. A renamed unit shows
/// its new name within a minute (portal pages themselves are output-cached longer).
/// </summary>
internal sealed class UnitNameCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<int, (string Name, DateTimeOffset Until)> names = new();

    public bool TryGet(int unitId, out string name)
    {
        if (names.TryGetValue(unitId, out var entry) && entry.Until > time.GetUtcNow())
        {
            name = entry.Name;
            return true;
        }

        name = string.Empty;
        return false;
    }

    public void Set(int unitId, string name) => names[unitId] = (name, time.GetUtcNow() + Lifetime);
}
