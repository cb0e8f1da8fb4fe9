using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// An e-mail newsletter over SMTP (MailKit): one message to the list (addresses in Bcc), with a
/// Message-Id derived from the delivery so a resend is recognisable. SMTP gives no way to read back
/// what was sent, so a send lost mid-way cannot be reconciled: it settles as failed with that reason
/// and an operator decides to retry.
/// </summary>
internal sealed class EmailAdapter(IOptions<ChannelsOptions> options) : IChannelAdapter
{
    public ChannelKind Kind => ChannelKind.Email;

    public IReadOnlyList<string> ThrottleKeys(ChannelTarget target) => [];

    public async Task<SendResult> SendAsync(ChannelTarget target, RenderedPost post, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return new SendResult(SendOutcome.Failed, ErrorCode: "smtp-not-configured", ErrorKey: "ChannelsErrorSmtpNotConfigured");
        }

        var recipients = EmailList.Parse(target.ExternalId) ?? [];
        if (recipients.Count == 0)
        {
            return new SendResult(SendOutcome.Failed, ErrorCode: "no-recipients", ErrorKey: "ChannelsEmailListInvalid");
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(smtp.From));
        foreach (var r in recipients)
        {
            message.Bcc.Add(MailboxAddress.Parse(r));
        }

        message.Subject = post.EmailSubject;
        message.MessageId = string.Create(CultureInfo.InvariantCulture, $"post-{post.PostId}-channel-{target.ChannelId}@tuyengiao");
        message.Body = new BodyBuilder { HtmlBody = post.EmailHtml, TextBody = post.EmailText }.ToMessageBody();

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var sending = false;
        try
        {
            var security = Enum.TryParse<SecureSocketOptions>(smtp.Security, ignoreCase: true, out var s) ? s : SecureSocketOptions.Auto;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
            }

            sending = true;
            var answer = await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            _ = answer;
            return SendResult.Ok(message.MessageId);
        }
        catch (SmtpCommandException ex) when ((int)ex.StatusCode >= 500)
        {
            return new SendResult(SendOutcome.Failed, ErrorCode: "smtp-" + ((int)ex.StatusCode).ToString(CultureInfo.InvariantCulture), ErrorKey: "ChannelsErrorSmtpRejected", Detail: ex.Message);
        }
        catch (AuthenticationException ex)
        {
            return new SendResult(SendOutcome.Failed, ErrorCode: "smtp-auth", ErrorKey: "ChannelsErrorSmtpAuth", Detail: ex.Message);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or TimeoutException or OperationCanceledException)
        {
            return sending
                ? new SendResult(SendOutcome.Unconfirmed, ErrorCode: "smtp-lost", ErrorKey: "ChannelsErrorSmtpLost", Detail: ex.Message)
                : new SendResult(SendOutcome.Retry, ErrorCode: "smtp-unreachable", ErrorKey: "ChannelsErrorUnreachable", Detail: ex.Message);
        }
    }

    /// <summary>SMTP cannot be read back: the outbox settles an unconfirmed e-mail as failed, with the reason.</summary>
    public Task<ReconcileResult> ReconcileAsync(ChannelTarget target, RenderedPost post, CancellationToken ct) =>
        Task.FromResult(ReconcileResult.Failed(new SendResult(SendOutcome.Failed, ErrorCode: "smtp-unverifiable", ErrorKey: "ChannelsErrorSmtpUnverifiable")));
}
