namespace TuyenGiao.Modules.Features.Newsroom.Domain;

internal sealed class PostTopic
{
    public long PostId { get; set; }

    public int TopicId { get; set; }
}
