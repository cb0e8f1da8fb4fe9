namespace TuyenGiao.IntegrationTests.Infrastructure.Fakes;

/// <summary>
/// A scripted answer for the next matching request: an error (HTTP status + platform code), a delay
/// longer than the client's timeout, and whether the platform still performs the write before the
/// answer is lost (<see cref="Commit"/>).
/// </summary>
public sealed record FakeFault(int HttpStatus = 200, int? Code = null, int? Subcode = null, TimeSpan? Delay = null, bool Commit = false, IReadOnlyDictionary<string, string>? Headers = null);
