using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>Filters of the library list: a unit's subtree, a kind, words of the file name, alt text or caption (tones and đ folded).</summary>
public sealed record MediaListQuery(int? UnitId, MediaKind? Kind, string? Q, PageQuery Page);
