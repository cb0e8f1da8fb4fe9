using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TuyenGiao.Bench;

/// <summary>Records the SQL and parameter values EF Core sends while <see cref="Enabled"/>, to ask SQLite for their plans.</summary>
internal sealed class CommandCapture : DbCommandInterceptor
{
    public bool Enabled { get; set; }

    public List<(string Sql, List<(string Name, object? Value)> Parameters)> Commands { get; } = [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (Enabled)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList()));
        }
    }
}
