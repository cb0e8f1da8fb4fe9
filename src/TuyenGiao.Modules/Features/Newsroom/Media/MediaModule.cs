using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media.Library;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;
using TuyenGiao.Modules.Shared.BackOffice;

namespace TuyenGiao.Modules.Features.Newsroom.Media;

/// <summary>The media library's services, added by <see cref="NewsroomModule"/> in one line.</summary>
public static class MediaModule
{
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Root) && o.MaxImageBytes > 0 && o.MaxVideoBytes > 0 && o.MaxDocumentBytes > 0 && o.MaxImagePixels > 0, "Media: Root must be set and every limit positive.")
            .ValidateOnStart();
        services.AddSingleton<IMediaStorage, LocalMediaStorage>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaFiles, MediaFiles>();
        services.AddSingleton(new BackOfficeMenuItem("UiMenuMediaLibrary", "/quan-tri/thu-vien-media", MudBlazor.Icons.Material.Filled.PhotoLibrary, 45));
        return services;
    }
}
