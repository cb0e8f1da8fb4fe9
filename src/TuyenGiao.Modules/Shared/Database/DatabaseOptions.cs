using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Modules.Shared.Database;

/// <summary>Section <c>Database</c>: which provider; the connection strings sit in <c>ConnectionStrings</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, <c>./data/tuyengiao.db</c>) or <c>Postgres</c> (<c>ConnectionStrings:Postgres</c>).</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations on start (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}
