using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TuyenGiao.Modules.Data;

/// <summary>Stores DateTime as UTC and reads it back marked UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
