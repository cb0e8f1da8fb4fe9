using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>Field checks shared by the plan, media-partner and congress-term forms; each adds to an error list and returns the clean value.</summary>
internal static class Field
{
    /// <summary>One line, NFC, spaces collapsed; null when empty.</summary>
    public static string? Line(List<FieldError> errors, string field, string? value, int max, bool required = false, int? row = null)
    {
        var clean = VietnameseText.CleanLine(value);
        if (clean.Length == 0)
        {
            if (required)
            {
                errors.Add(new FieldError(field, Messages.Get("Required", field), row));
            }

            return null;
        }

        if (clean.Length > max)
        {
            errors.Add(new FieldError(field, Messages.Get("TooLong", field, max), row));
        }

        return clean;
    }

    /// <summary>Free text over several lines, NFC, trimmed; null when empty.</summary>
    public static string? Text(List<FieldError> errors, string field, string? value, int max)
    {
        var clean = VietnameseText.Nfc(value)?.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(clean))
        {
            return null;
        }

        if (clean.Length > max)
        {
            errors.Add(new FieldError(field, Messages.Get("TooLong", field, max)));
        }

        return clean;
    }

    /// <summary>A list of short lines (blank ones dropped) stored one per line; null when empty.</summary>
    public static string? Lines(List<FieldError> errors, string field, IReadOnlyList<string>? values, int maxEach, int maxCount)
    {
        var lines = (values ?? []).Select(VietnameseText.CleanLine).Where(l => l.Length > 0).ToList();
        if (lines.Count > maxCount)
        {
            errors.Add(new FieldError(field, Messages.Get("PlanTooManyLines", field, maxCount)));
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length > maxEach)
            {
                errors.Add(new FieldError($"{field}[{i}]", Messages.Get("TooLong", field, maxEach)));
            }
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('\n');

    /// <summary>An absolute http(s) address, or null.</summary>
    public static string? Url(List<FieldError> errors, string field, string? value, int max = 1000)
    {
        var clean = Line(errors, field, value, max);
        if (clean is not null && !(Uri.TryCreate(clean, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(new FieldError(field, Messages.Get("PlanBadUrl", field)));
        }

        return clean;
    }

    /// <summary>An enum value by name (numbers refused); the default when empty and <paramref name="fallback"/> is given.</summary>
    public static TEnum? Enum<TEnum>(List<FieldError> errors, string field, string? value, TEnum? fallback = null, int? row = null)
        where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                errors.Add(new FieldError(field, Messages.Get("Required", field), row));
            }

            return fallback;
        }

        if (System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        errors.Add(new FieldError(field, Messages.Get("PlanBadChoice", field, value, string.Join(", ", System.Enum.GetNames<TEnum>())), row));
        return null;
    }

    public static long? Money(List<FieldError> errors, string field, long? value, bool required, int? row = null)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(new FieldError(field, Messages.Get("Required", field), row));
            }

            return null;
        }

        if (value is < 0 or > MaxMoney)
        {
            errors.Add(new FieldError(field, Messages.Get("PlanBadAmount", field, VndFormat.Format(MaxMoney)), row));
        }

        return value;
    }

    /// <summary>1,000 billion đồng: far above any plan, below what sums of many lines could overflow.</summary>
    public const long MaxMoney = 1_000_000_000_000;

    public static void Period(List<FieldError> errors, string endField, DateOnly? start, DateOnly? end, int? row = null)
    {
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(new FieldError(endField, Messages.Get("PlanEndBeforeStart"), row));
        }
    }
}
