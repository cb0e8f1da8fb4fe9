namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>Thể loại: tin, bài, phóng sự ảnh, video, infographic, e-magazine, thông báo.</summary>
public enum PostFormat
{
    News = 0,
    Article = 1,
    PhotoStory = 2,
    Video = 3,
    Infographic = 4,
    EMagazine = 5,
    Announcement = 6,
}
