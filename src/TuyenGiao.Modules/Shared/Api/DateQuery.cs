using System.Globalization;

namespace TuyenGiao.Modules.Shared.Api;

/// <summary>Parses dates given as yyyy-MM-dd in query strings and bodies, with a clear error.</summary>
public static class DateQuery
{
    public static DateOnly? Parse(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw AppProblemException.Invalid([new FieldError(field, Messages.Get("DateFormat", field))]);
    }
}
