using MiniExcelLibs;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>
/// The engagement export (.xlsx, MiniExcel): one row per post × channel with its latest figures, and
/// one row per channel with its followers. Headers in Vietnamese; times in Vietnam's time.
/// </summary>
internal sealed class EngagementWorkbook(EngagementQueries queries)
{
    public async Task<byte[]> BuildAsync(int? unitId, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var (posts, channels) = await queries.ExportAsync(unitId, from, to, ct);
        var postRows = posts.Select(p =>
        {
            var row = new Dictionary<string, object?>
            {
                [Messages.Get("ChannelsXlsxPostId")] = p.PostId,
                [Messages.Get("ChannelsXlsxPostTitle")] = p.PostTitle,
                [Messages.Get("ChannelsXlsxChannel")] = p.ChannelName,
                [Messages.Get("ChannelsXlsxKind")] = Messages.Get("ChannelsKind" + p.Kind),
                [Messages.Get("ChannelsXlsxPublishedAt")] = p.PublishedAt is { } at ? VietnamTime.Format(at) : null,
                [Messages.Get("ChannelsXlsxTakenAt")] = p.TakenAt is { } taken ? VietnamTime.Format(taken) : null,
            };
            foreach (var metric in EngagementMetric.PostMetrics)
            {
                row[Messages.Get("ChannelsMetric_" + metric)] = EngagementQueries.Get(p.Figures, metric);
            }

            return row;
        }).ToList();
        var channelRows = channels.Select(c => new Dictionary<string, object?>
        {
            [Messages.Get("ChannelsXlsxUnit")] = c.UnitName,
            [Messages.Get("ChannelsXlsxChannel")] = c.Channel.Name,
            [Messages.Get("ChannelsXlsxKind")] = Messages.Get("ChannelsKind" + c.Channel.Kind),
            [Messages.Get("ChannelsXlsxStatus")] = Messages.Get("ChannelsStatus" + c.Channel.Status),
            [Messages.Get("ChannelsMetric_followers")] = c.Channel.Followers,
            [Messages.Get("ChannelsXlsxFollowersAt")] = c.Channel.FollowersAt is { } f ? VietnamTime.Format(f) : null,
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [Messages.Get("ChannelsXlsxSheetPosts")] = postRows.Count > 0 ? postRows : [new Dictionary<string, object?> { [Messages.Get("ChannelsXlsxPostId")] = null }],
            [Messages.Get("ChannelsXlsxSheetChannels")] = channelRows.Count > 0 ? channelRows : [new Dictionary<string, object?> { [Messages.Get("ChannelsXlsxChannel")] = null }],
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return stream.ToArray();
    }
}
