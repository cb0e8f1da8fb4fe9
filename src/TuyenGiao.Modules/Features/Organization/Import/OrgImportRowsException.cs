using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>A sheet refused for its rows: 400 with the first errors listed and the full count kept.</summary>
internal sealed class OrgImportRowsException(int totalErrors, IReadOnlyList<FieldError> listed)
    : AppProblemException(400, Messages.Get("ValidationFailed"), Messages.Get("OrgImportRowsInvalid", totalErrors), listed)
{
    public int TotalErrors { get; } = totalErrors;
}
