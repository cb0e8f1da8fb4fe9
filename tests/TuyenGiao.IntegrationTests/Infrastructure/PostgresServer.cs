using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TuyenGiao.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's binaries (initdb, pg_ctl), started once per test
/// run on a free loopback port with its socket and log inside its own data folder, run as user
/// <c>postgres</c> when the tests run as root. Stopped and deleted when the process exits.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string dataDir;
    private readonly string binDir;

    private PostgresServer(string binDir, string dataDir, int port)
    {
        this.binDir = binDir;
        this.dataDir = dataDir;
        Port = port;
    }

    public int Port { get; }

    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE \"{name}\"";
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20;Timeout=30;Command Timeout=60";

    private static async Task<PostgresServer> StartAsync()
    {
        var binDir = FindBinDir();
        // scripts/test.sh points TG_PG_ROOT at a folder it cleans up: the test host is often killed
        // rather than exited, and then ProcessExit never stops the cluster.
        var parent = Environment.GetEnvironmentVariable("TG_PG_ROOT") is { Length: > 0 } configured ? configured : Path.GetTempPath();
        var root = Path.Combine(parent, "tg-pg-" + Guid.NewGuid().ToString("N")[..8]);
        var dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", $"-R postgres:postgres {root}", asPostgres: false);
        }

        await RunAsync(Path.Combine(binDir, "initdb"), $"-D {dataDir} -U postgres --auth=trust -E UTF8 --no-locale", asRoot);
        var port = FreePort();
        var options = $"-p {port} -k {dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200";
        await RunAsync(Path.Combine(binDir, "pg_ctl"), $"-D {dataDir} -l {dataDir}/server.log -o \"{options}\" -w -t 60 start", asRoot);
        var server = new PostgresServer(binDir, dataDir, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot, root);
        return server;
    }

    private void Stop(bool asRoot, string root)
    {
        try
        {
            RunAsync(Path.Combine(binDir, "pg_ctl"), $"-D {dataDir} -m immediate -w stop", asRoot).GetAwaiter().GetResult();
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("Could not stop the test PostgreSQL cleanly: " + e.Message);
        }
    }

    private static string FindBinDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("TG_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(Path.Combine(fromEnv, "initdb")))
        {
            return fromEnv;
        }

        var candidates = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().ToList()
            : [];
        return candidates.FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (scripts/test.sh installs Debian's postgresql package).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string args, bool asPostgres)
    {
        var psi = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {args}")
            : new ProcessStartInfo(file, args);
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {args} failed ({process.ExitCode}): {await stdout} {await stderr}");
        }
    }
}
