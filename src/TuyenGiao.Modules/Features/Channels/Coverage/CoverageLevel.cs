using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>
/// One level of the subtree: <see cref="Units"/> units, of which <see cref="WithAny"/> have at least
/// one active channel, <see cref="WithSocial"/> a Facebook Page, Zalo OA or Zalo group, and
/// <see cref="ByKind"/> per channel kind. <see cref="Text"/> reads like the article: "632/640 công đoàn cơ sở".
/// </summary>
public sealed record CoverageLevel(
    OrgLevel Level,
    string LevelName,
    int Units,
    int WithAny,
    int WithSocial,
    IReadOnlyDictionary<string, int> ByKind,
    string Text);
