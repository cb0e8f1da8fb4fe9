using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Identity.Data;

/// <summary>An account (ASP.NET Core Identity user) with the name shown in the back-office.</summary>
public sealed class AppUser : IdentityUser
{
    private string fullName = string.Empty;

    public string FullName
    {
        get => fullName;
        set
        {
            fullName = value;
            Refresh();
        }
    }

    /// <summary>The e-mail address, also the user name.</summary>
    public override string? Email
    {
        get => base.Email;
        set
        {
            base.Email = value;
            Refresh();
        }
    }

    public DateTime CreatedAt { get; set; }

    public bool IsDisabled { get; set; }

    /// <summary>Name and e-mail folded for search (tones and đ removed, lower case); kept up to date by the setters.</summary>
    public string SearchText { get; private set; } = string.Empty;

    private void Refresh()
    {
        var text = VietnameseText.Fold(fullName + " " + base.Email);
        SearchText = text.Length > 500 ? text[..500] : text;
    }
}
