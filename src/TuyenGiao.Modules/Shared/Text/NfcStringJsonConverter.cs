using System.Text.Json;
using System.Text.Json.Serialization;

namespace TuyenGiao.Modules.Shared.Text;

/// <summary>
/// Every string that arrives in a JSON body is normalised to NFC, so text typed on a phone
/// keyboard that sends decomposed Vietnamese (NFD) is stored and compared like any other.
/// </summary>
public sealed class NfcStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is null || value.IsNormalized(System.Text.NormalizationForm.FormC) ? value : value.Normalize(System.Text.NormalizationForm.FormC);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
