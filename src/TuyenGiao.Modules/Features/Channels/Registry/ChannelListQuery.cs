using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary>Filters of the channel list: a unit (its own channels, or its subtree's with <see cref="Subtree"/>), a kind, a status.</summary>
public sealed record ChannelListQuery(int? UnitId, bool Subtree, ChannelKind? Kind, ChannelStatus? Status, PageQuery Page);
