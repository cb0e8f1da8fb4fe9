namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

public enum MediaKind
{
    Image = 0,
    Video = 1,
    VideoLink = 2,
    Document = 3,
}
