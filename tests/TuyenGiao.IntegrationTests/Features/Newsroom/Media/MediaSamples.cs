using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace TuyenGiao.IntegrationTests.Features.Newsroom.Media;

/// <summary>(Same as the unit tests' MediaSamples.) Tiny real files made in the test: images drawn with SkiaSharp, a JPEG carrying EXIF GPS, Word documents zipped by hand.</summary>
public static class MediaSamples
{
    public static readonly byte[] GpsMarker = Encoding.ASCII.GetBytes("GPS-MARKER-21.0278N");

    /// <summary>A PNG, left half red, right half blue.</summary>
    public static byte[] Png(int width = 40, int height = 20) => Encode(Draw(width, height), SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width = 40, int height = 20) => Encode(Draw(width, height), SKEncodedImageFormat.Jpeg);

    /// <summary>
    /// A JPEG (left half red, right half blue) with an APP1 EXIF segment: orientation
    /// <paramref name="orientation"/> (6 = turn 90° clockwise to view), a GPS IFD with latitude
    /// 21° N and a user comment holding <see cref="GpsMarker"/>.
    /// </summary>
    public static byte[] JpegWithExifGps(int width = 40, int height = 20, ushort orientation = 6)
    {
        var jpeg = Jpeg(width, height);
        var tiff = new List<byte>();
        void U16(ushort v) { var b = new byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, v); tiff.AddRange(b); }
        void U32(uint v) { var b = new byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, v); tiff.AddRange(b); }

        // Header: "II" 42, IFD0 at 8.
        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(8);

        // IFD0 at 8: 3 entries (12 bytes each) + next-IFD offset = 2 + 36 + 4 = 42 → data from 50.
        const uint gpsIfd = 50;
        const uint commentOffset = 200;
        U16(3);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0); // Orientation SHORT
        U16(0x8825); U16(4); U32(1); U32(gpsIfd); // GPS IFD pointer LONG
        U16(0x9286); U16(7); U32((uint)GpsMarker.Length); U32(commentOffset); // UserComment UNDEFINED
        U32(0);
        while (tiff.Count < gpsIfd)
        {
            tiff.Add(0);
        }

        // GPS IFD: LatitudeRef "N", Latitude 21/1 0/1 0/1 at 100.
        const uint latitude = 100;
        U16(2);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(latitude);
        U32(0);
        while (tiff.Count < latitude)
        {
            tiff.Add(0);
        }

        U32(21); U32(1); U32(0); U32(1); U32(0); U32(1);
        while (tiff.Count < commentOffset)
        {
            tiff.Add(0);
        }

        tiff.AddRange(GpsMarker);

        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = new byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)(payload.Length + 2));
        segment.AddRange(length);
        segment.AddRange(payload);

        // SOI, then our APP1, then the rest of Skia's JPEG.
        return jpeg.Take(2).Concat(segment).Concat(jpeg.Skip(2)).ToArray();
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A minimal MP4: an ftyp box (brand isom) and some bytes.</summary>
    public static byte[] Mp4(int length = 4096)
    {
        var bytes = new byte[length];
        new byte[] { 0, 0, 0, 0x18 }.CopyTo(bytes, 0);
        "ftypisom"u8.ToArray().CopyTo(bytes, 4);
        "\0\0\u0002\0isommp41"u8.ToArray().CopyTo(bytes, 12);
        for (var i = 24; i < length; i++)
        {
            bytes[i] = (byte)(i % 251);
        }

        return bytes;
    }

    public static byte[] Docx(bool macros = false)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var main = macros
                ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
            Write(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="{main}"/></Types>""");
            Write(zip, "word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Công đoàn</w:t></w:r></w:p></w:body></w:document>""");
            if (macros)
            {
                Write(zip, "word/vbaProject.bin", "not really VBA");
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "readme.txt", "hello");
        }

        return buffer.ToArray();
    }

    public static byte[] Exe() => [.. "MZ"u8.ToArray(), 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[48]];

    public static byte[] Html() => Encoding.UTF8.GetBytes("\n  <!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("\uFEFF<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>");

    /// <summary>True when the bytes hold an EXIF APP1 segment or the GPS marker anywhere.</summary>
    public static bool HasExif(byte[] bytes) =>
        bytes.AsSpan().IndexOf("Exif\0\0"u8) >= 0 || bytes.AsSpan().IndexOf(GpsMarker) >= 0;

    private static SKBitmap Draw(int width, int height)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        using var red = new SKPaint { Color = SKColors.Red };
        using var blue = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(0, 0, width / 2f, height, red);
        canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using (bitmap)
        {
            using var data = bitmap.Encode(format, 95);
            return data.ToArray();
        }
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
