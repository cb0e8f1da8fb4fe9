using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// Sorts transport failures: a request that surely never left (connection refused, circuit open) may
/// be retried; one that may have reached the platform (timeout, connection lost mid-answer) is
/// unconfirmed for a write.
/// </summary>
internal static class PlatformCalls
{
    public static async Task<SendResult> GuardAsync(Func<Task<SendResult>> call, bool isWrite, CancellationToken ct)
    {
        try
        {
            return await call();
        }
        catch (BrokenCircuitException ex)
        {
            return new SendResult(SendOutcome.Retry, ErrorCode: "circuit-open", ErrorKey: "ChannelsErrorUnavailable", Detail: ex.Message);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable })
        {
            return new SendResult(SendOutcome.Retry, ErrorCode: "unreachable", ErrorKey: "ChannelsErrorUnreachable", Detail: ex.Message);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is TimeoutRejectedException or TaskCanceledException or HttpRequestException or IOException)
        {
            return isWrite
                ? new SendResult(SendOutcome.Unconfirmed, ErrorCode: "timeout", ErrorKey: "ChannelsErrorTimeout", Detail: ex.Message)
                : new SendResult(SendOutcome.Retry, ErrorCode: "timeout", ErrorKey: "ChannelsErrorTimeoutRead", Detail: ex.Message);
        }
    }
}
