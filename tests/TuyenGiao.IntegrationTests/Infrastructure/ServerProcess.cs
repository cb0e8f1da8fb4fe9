using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace TuyenGiao.IntegrationTests.Infrastructure;

/// <summary>
/// The built server (<c>src/TuyenGiao.Web/bin/&lt;Configuration&gt;/net10.0/TuyenGiao.Web.dll</c>, built by
/// this project's reference) run as a separate process, so a test can <c>kill -9</c> it and start it
/// again on the same database. Settings are passed as environment variables (<c>Channels:Outbox:PollSeconds</c>
/// → <c>Channels__Outbox__PollSeconds</c>); it listens on a free loopback port. Its output is kept
/// for the failure message.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public ServerProcess(IReadOnlyDictionary<string, string?> settings)
    {
        this.settings = settings;
        Port = FreePort();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public int? Pid => process is { HasExited: false } p ? p.Id : null;

    /// <summary>The last lines the server wrote (stdout and stderr).</summary>
    public string Log => string.Join('\n', output.TakeLast(80));

    /// <summary>The server's dll next to this test run: same configuration (Debug/Release) as the test assembly.</summary>
    public static string WebDll()
    {
        var testBin = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testBin);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testBin)!);
        for (var dir = new DirectoryInfo(testBin); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "TuyenGiao.Web");
            if (Directory.Exists(web))
            {
                var dll = Path.Combine(web, "bin", configuration, framework, "TuyenGiao.Web.dll");
                return File.Exists(dll)
                    ? dll
                    : throw new InvalidOperationException($"{dll} is missing: build tests/TuyenGiao.IntegrationTests (it builds the server) first.");
            }
        }

        throw new InvalidOperationException("src/TuyenGiao.Web not found above " + testBin);
    }

    /// <summary>Starts the server and waits until <c>/health/ready</c> answers (migrations and seeding done).</summary>
    public async Task StartAsync(TimeSpan timeout)
    {
        if (Pid is not null)
        {
            throw new InvalidOperationException("Already running.");
        }

        var dll = WebDll();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        psi.Environment["ASPNETCORE_URLS"] = BaseUrl;
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            psi.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with {process.ExitCode} while starting:\n{Log}");
            }

            try
            {
                using var ready = await http.GetAsync(BaseUrl + "/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Kill();
        throw new TimeoutException($"The server did not get ready within {timeout}:\n{Log}");
    }

    /// <summary><c>kill -9</c>: no shutdown hooks, no flush, in-flight requests cut.</summary>
    public void Kill()
    {
        if (process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: false); // SIGKILL on Unix
            p.WaitForExit(10_000);
        }
    }

    /// <summary>A client signed in through <c>POST /api/v1/auth/login</c>.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false } p)
        {
            using var term = Process.Start("kill", ["-TERM", p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await p.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Kill();
            }
        }

        process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 400 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
