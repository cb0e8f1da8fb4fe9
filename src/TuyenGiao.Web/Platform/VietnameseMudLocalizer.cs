using Microsoft.Extensions.Localization;
using MudBlazor;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Web.Platform;

/// <summary>
/// MudBlazor's own words (button labels read by screen readers, "Close", "Next page" …) from our
/// resource files: key <c>UiMud_&lt;MudBlazor key&gt;</c> in <c>Ui.tsv</c>. A key we do not carry
/// falls back to MudBlazor's English.
/// </summary>
internal sealed class VietnameseMudLocalizer : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var ours = "UiMud_" + key;
            var value = Messages.Get(ours);
            return value == ours ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, value);
        }
    }
}
