using System.Net.Mail;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>An e-mail list channel's addresses: its external id, addresses separated by ';', ',' or new lines.</summary>
internal static class EmailList
{
    public static IReadOnlyList<string>? Parse(string? value)
    {
        var parts = (value ?? string.Empty).Split([';', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var list = new List<string>();
        foreach (var part in parts)
        {
            if (!MailAddress.TryCreate(part, out var address) || address.Address != part)
            {
                return null;
            }

            list.Add(address.Address);
        }

        return list;
    }
}
