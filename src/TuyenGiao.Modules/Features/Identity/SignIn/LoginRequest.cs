namespace TuyenGiao.Modules.Features.Identity.SignIn;

public sealed record LoginRequest(string? Email, string? Password);
