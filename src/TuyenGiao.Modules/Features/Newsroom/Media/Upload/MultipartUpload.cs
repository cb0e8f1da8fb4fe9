using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Modules.Features.Newsroom.Media.Library;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>
/// Reads <c>multipart/form-data</c> (fields <c>file</c>, <c>unitId</c>, <c>altText</c>,
/// <c>caption</c>, <c>credit</c>) section by section: the file streams straight to a temporary
/// file through <see cref="MediaSpooler"/>, never buffered whole in memory. When <c>unitId</c>
/// comes before the file (as browsers and the back-office send it), access is checked before
/// a byte of the file is read.
/// </summary>
internal static class MultipartUpload
{
    private const int MaxFieldLength = 4096;

    public static async Task<MediaUploadResult> ReadAndStoreAsync(HttpRequest request, MediaLibrary library, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw AppProblemException.Invalid(Messages.Get("MediaNotMultipart"));
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        SpooledUpload? spooled = null;
        string? fileName = null;
        int? checkedUnit = null;
        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            MultipartSection? section;
            while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? string.Empty;
                if (disposition.IsFileDisposition())
                {
                    if (!name.Equals("file", StringComparison.OrdinalIgnoreCase) || spooled is not null)
                    {
                        throw AppProblemException.Invalid([new FieldError("file", Messages.Get("MediaOneFile"))]);
                    }

                    if (ParseUnit(fields) is { } unitId)
                    {
                        await library.EnsureCanEditAsync(unitId, ct);
                        checkedUnit = unitId;
                    }

                    fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } star
                        ? star
                        : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                    spooled = await MediaSpooler.SpoolAsync(section.Body, library.Options, ct);
                }
                else
                {
                    fields[name] = await ReadFieldAsync(section, ct);
                }
            }

            var errors = new List<FieldError>();
            var unit = ParseUnit(fields);
            if (unit is null)
            {
                errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
            }

            if (spooled is null)
            {
                errors.Add(new FieldError("file", Messages.Get("MediaFileRequired")));
            }

            if (errors.Count > 0)
            {
                throw AppProblemException.Invalid(errors);
            }

            if (checkedUnit != unit)
            {
                await library.EnsureCanEditAsync(unit!.Value, ct);
            }

            var metadata = new MediaMetadata(fields.GetValueOrDefault("altText"), fields.GetValueOrDefault("caption"), fields.GetValueOrDefault("credit"));
            return await library.StoreAsync(unit!.Value, spooled!, fileName, metadata, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new AppProblemException(413, Messages.Get("MediaTooLargeTitle"), Messages.Get("MediaRequestTooLarge", Math.Round(library.Options.MaxUploadBytes / (1024d * 1024d)).ToString(CultureInfo.CurrentCulture)));
        }
        catch (InvalidDataException)
        {
            throw AppProblemException.Invalid(Messages.Get("MediaNotMultipart"));
        }
        finally
        {
            spooled?.Dispose();
        }
    }

    private static int? ParseUnit(Dictionary<string, string> fields) =>
        fields.TryGetValue("unitId", out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken ct)
    {
        using var reader = new StreamReader(section.Body, Encoding.UTF8);
        var buffer = new char[MaxFieldLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        if (length > MaxFieldLength)
        {
            throw AppProblemException.Invalid(Messages.Get("MediaFieldTooLong"));
        }

        return new string(buffer, 0, length);
    }
}
