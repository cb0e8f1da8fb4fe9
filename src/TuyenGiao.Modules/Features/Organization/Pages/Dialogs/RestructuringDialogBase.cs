using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TuyenGiao.Modules.Features.Organization.Pages.Shared;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Pages.Dialogs;

/// <summary>
/// A restructuring dialog: the person fills the form, sees what would change ("Xem trước" runs the
/// service with preview = true, which rolls its work back), then confirms exactly what was
/// previewed. Changing anything after the preview asks for a new preview before confirming.
/// </summary>
public abstract class RestructuringDialogBase : BackOfficeComponent
{
    private string? previewedCommand;

    [CascadingParameter]
    public IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The unit the action starts from, as of today.</summary>
    [Parameter]
    public OrgUnitItem Unit { get; set; } = default!;

    [Parameter]
    public KindNames Kinds { get; set; } = KindNames.Empty;

    [Parameter]
    public DateOnly Today { get; set; }

    public DateTime? EffectiveDate { get; set; }

    public RestructuringResult? Preview { get; private set; }

    public ProblemInfo? Problem { get; private set; }

    public bool Busy { get; private set; }

    /// <summary>True when the preview shown is of the form as it is now: confirming applies exactly that.</summary>
    public bool PreviewIsCurrent => Preview is not null && previewedCommand == Fingerprint();

    protected override void OnInitialized() => EffectiveDate = OrgText.ToDateTime(Today);

    /// <summary>The command the form describes today.</summary>
    protected abstract object BuildCommand(DateOnly effectiveDate);

    protected abstract Task<RestructuringResult> RunAsync(OrgRestructuringService service, object command, bool preview, CancellationToken ct);

    /// <summary>Problems the form can see before asking the server (empty name, nothing chosen).</summary>
    protected virtual IEnumerable<string> Validate() => [];

    public Task PreviewAsync() => ExecuteAsync(preview: true);

    public Task ConfirmAsync() => PreviewIsCurrent ? ExecuteAsync(preview: false) : ExecuteAsync(preview: true);

    public void Cancel() => Dialog.Cancel();

    public void SetEffectiveDate(DateTime? date) => EffectiveDate = date;

    private async Task ExecuteAsync(bool preview)
    {
        var errors = Validate().ToList();
        if (OrgText.ToDateOnly(EffectiveDate) is not { } date)
        {
            errors.Add(Messages.Get("UiDateRequired"));
            date = default;
        }

        if (errors.Count > 0)
        {
            Problem = ProblemInfo.Local(errors);
            Preview = null;
            return;
        }

        var command = BuildCommand(date);
        Busy = true;
        Problem = null;
        try
        {
            var result = await CallAsync((sp, ct) => RunAsync(sp.GetRequiredService<OrgRestructuringService>(), command, preview, ct));
            if (preview)
            {
                Preview = result;
                previewedCommand = JsonSerializer.Serialize(command);
            }
            else
            {
                Dialog.Close(DialogResult.Ok(result));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Problem = Describe(e);
            Preview = null;
        }
        finally
        {
            Busy = false;
        }
    }

    private string? Fingerprint()
    {
        if (OrgText.ToDateOnly(EffectiveDate) is not { } date)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Serialize(BuildCommand(date));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
