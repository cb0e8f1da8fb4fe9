namespace TuyenGiao.Modules.Features.Newsroom.Media;

/// <summary>Field lengths of the media library, shared by the model, the API and the pages.</summary>
public static class MediaLimits
{
    public const int FileNameMaxLength = 255;
    public const int AltTextMaxLength = 300;
    public const int CaptionMaxLength = 1000;
    public const int CreditMaxLength = 200;
    public const int UrlMaxLength = 600;
}
