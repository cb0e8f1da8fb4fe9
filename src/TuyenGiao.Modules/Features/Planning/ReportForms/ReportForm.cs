using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Planning.ReportForms;

/// <summary>
/// The report-form machinery guidance and campaigns share: checks a form's design, checks the
/// values a unit reports against it, stores both as JSON text and sums number fields.
/// </summary>
public static partial class ReportForm
{
    public const int MaxFields = 40;
    public const int KeyMaxLength = 40;
    public const int LabelMaxLength = 200;
    public const int UnitMaxLength = 30;
    public const int TextValueMaxLength = 4000;

    /// <summary>The largest number a field takes (a trillion: amounts in đồng fit).</summary>
    public const decimal MaxNumber = 1_000_000_000_000m;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>
    /// Checks a designed form; errors name "{prefix}[i].label" and so on. With
    /// <paramref name="indicators"/>, every field is a number with a target &gt; 0.
    /// </summary>
    public static IReadOnlyList<ReportField> Design(IReadOnlyList<ReportFieldInput>? input, string prefix, List<FieldError> errors, bool indicators = false)
    {
        var fields = new List<ReportField>();
        if (input is null || input.Count == 0)
        {
            if (indicators)
            {
                errors.Add(new FieldError(prefix, Messages.Get("ReportFormNoIndicators")));
            }

            return fields;
        }

        if (input.Count > MaxFields)
        {
            errors.Add(new FieldError(prefix, Messages.Get("ReportFormTooManyFields", MaxFields)));
            return fields;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var f = input[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]");
            if (f is null)
            {
                errors.Add(new FieldError(at, Messages.Get("ReportFormFieldMissing", i + 1)));
                continue;
            }

            var label = VietnameseText.CleanLine(f.Label);
            if (label.Length == 0)
            {
                errors.Add(new FieldError(at + ".label", Messages.Get("ReportFormLabelRequired", i + 1)));
            }
            else if (label.Length > LabelMaxLength)
            {
                errors.Add(new FieldError(at + ".label", Messages.Get("TooLong", "label", LabelMaxLength)));
            }

            var key = string.IsNullOrWhiteSpace(f.Key) ? VietnameseText.Slugify(label, KeyMaxLength) : f.Key.Trim();
            if (!KeyPattern().IsMatch(key))
            {
                errors.Add(new FieldError(at + ".key", Messages.Get("ReportFormBadKey", key, KeyMaxLength)));
            }
            else if (!keys.Add(key))
            {
                errors.Add(new FieldError(at + ".key", Messages.Get("ReportFormDuplicateKey", key)));
            }

            var kind = ReportFieldKind.Number;
            if (!string.IsNullOrWhiteSpace(f.Kind))
            {
                if (Enum.TryParse<ReportFieldKind>(f.Kind.Trim(), ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(f.Kind, out _))
                {
                    kind = k;
                }
                else
                {
                    errors.Add(new FieldError(at + ".kind", Messages.Get("ReportFormBadKind", f.Kind)));
                }
            }

            var unit = VietnameseText.CleanLine(f.Unit) is { Length: > 0 } u ? u : null;
            if (unit is { Length: > UnitMaxLength })
            {
                errors.Add(new FieldError(at + ".unit", Messages.Get("TooLong", "unit", UnitMaxLength)));
            }

            if (indicators)
            {
                if (kind != ReportFieldKind.Number)
                {
                    errors.Add(new FieldError(at + ".kind", Messages.Get("ReportFormIndicatorIsNumber")));
                }

                if (f.Target is not > 0 || f.Target > MaxNumber)
                {
                    errors.Add(new FieldError(at + ".target", Messages.Get("ReportFormBadTarget", label)));
                }
            }
            else if (f.Target is not null)
            {
                errors.Add(new FieldError(at + ".target", Messages.Get("ReportFormNoTargetHere")));
            }

            fields.Add(new ReportField(key, label, kind, f.Required ?? false, unit, indicators ? f.Target : null));
        }

        return fields;
    }

    /// <summary>
    /// Checks reported values against the form: every required field present, numbers ≥ 0 (a
    /// number or a numeric string), text within its length, no key the form lacks. Returns the
    /// values to store (numbers as decimals, texts NFC-normalised, empty ones left out).
    /// </summary>
    public static Dictionary<string, object> Values(IReadOnlyList<ReportField> form, IReadOnlyDictionary<string, JsonElement>? input, List<FieldError> errors)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        input ??= new Dictionary<string, JsonElement>();
        foreach (var key in input.Keys.Where(k => form.All(f => f.Key != k)))
        {
            errors.Add(new FieldError("values." + key, Messages.Get("ReportFormUnknownKey", key)));
        }

        foreach (var field in form)
        {
            var at = "values." + field.Key;
            var present = input.TryGetValue(field.Key, out var raw) && raw.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                && !(raw.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(raw.GetString()));
            if (!present)
            {
                if (field.Required)
                {
                    errors.Add(new FieldError(at, Messages.Get("ReportFormValueRequired", field.Label)));
                }

                continue;
            }

            if (field.Kind == ReportFieldKind.Number)
            {
                decimal? number = raw.ValueKind switch
                {
                    JsonValueKind.Number when raw.TryGetDecimal(out var d) => d,
                    JsonValueKind.String when decimal.TryParse(raw.GetString()!.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
                    _ => null,
                };
                if (number is null)
                {
                    errors.Add(new FieldError(at, Messages.Get("ReportFormNotANumber", field.Label)));
                }
                else if (number < 0 || number > MaxNumber)
                {
                    errors.Add(new FieldError(at, Messages.Get("ReportFormNumberRange", field.Label)));
                }
                else
                {
                    result[field.Key] = number.Value;
                }
            }
            else
            {
                var text = raw.ValueKind == JsonValueKind.String ? VietnameseText.Nfc(raw.GetString())!.Trim() : raw.GetRawText();
                if (text.Length > TextValueMaxLength)
                {
                    errors.Add(new FieldError(at, Messages.Get("TooLong", field.Label, TextValueMaxLength)));
                }
                else
                {
                    result[field.Key] = text;
                }
            }
        }

        return result;
    }

    public static string Serialize(IReadOnlyList<ReportField> form) => JsonSerializer.Serialize(form, Json);

    public static IReadOnlyList<ReportField> ParseForm(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ReportField>>(json, Json) ?? [];

    public static string SerializeValues(IReadOnlyDictionary<string, object> values) => JsonSerializer.Serialize(values, Json);

    /// <summary>Stored values as JSON elements (numbers stay numbers), for the API and pages.</summary>
    public static Dictionary<string, JsonElement> ParseValues(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json, Json) ?? [];

    /// <summary>The number fields' values of one stored report.</summary>
    public static Dictionary<string, decimal> Numbers(string? json)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in ParseValues(json))
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d))
            {
                result[key] = d;
            }
        }

        return result;
    }

    /// <summary>Sums of every number field of <paramref name="form"/> over the reports (0 for a field nobody filled).</summary>
    public static Dictionary<string, decimal> Sum(IReadOnlyList<ReportField> form, IEnumerable<string?> reports)
    {
        var sums = form.Where(f => f.Kind == ReportFieldKind.Number).ToDictionary(f => f.Key, _ => 0m, StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var (key, value) in Numbers(report))
            {
                if (sums.ContainsKey(key))
                {
                    sums[key] += value;
                }
            }
        }

        return sums;
    }

    /// <summary>A value as a person reads it: "1.250" for numbers (Vietnamese grouping), the text otherwise.</summary>
    public static string Display(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var d) => FormatNumber(d),
        JsonValueKind.String => value.GetString() ?? string.Empty,
        _ => string.Empty,
    };

    public static string FormatNumber(decimal value) => value.ToString("#,##0.##", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex KeyPattern();
}
