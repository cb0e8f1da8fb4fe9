namespace TuyenGiao.Modules.Shared.Api;

/// <summary>
/// A failure a person can act on. Thrown by handlers, turned into RFC 9457 problem details by
/// the host's exception handler (and into a Vietnamese message in the back-office).
/// <paramref name="title"/> is already localised (see <see cref="Messages"/>).
/// </summary>
public class AppProblemException(int status, string title, string? detail = null, IReadOnlyList<FieldError>? errors = null)
    : Exception(detail ?? title)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;

    public IReadOnlyList<FieldError> Errors { get; } = errors ?? [];

    public static AppProblemException NotFound(string? detail = null) => new(404, Messages.Get("NotFound"), detail);

    public static AppProblemException Forbidden(string? detail = null) => new(403, Messages.Get("Forbidden"), detail);

    public static AppProblemException Conflict(string detail) => new(409, Messages.Get("Conflict"), detail);

    public static AppProblemException Invalid(string detail, IReadOnlyList<FieldError>? errors = null) =>
        new(400, Messages.Get("ValidationFailed"), detail, errors);

    public static AppProblemException Invalid(IReadOnlyList<FieldError> errors) =>
        new(400, Messages.Get("ValidationFailed"), string.Join(" ", errors.Select(e => e.Message)), errors);
}

/// <summary>One problem with one field (or one row of an imported sheet).</summary>
/// <param name="Field">The JSON field or spreadsheet column.</param>
/// <param name="Message">A sentence in the user's language.</param>
/// <param name="Row">The spreadsheet row number as Excel shows it, when the input is a sheet.</param>
public sealed record FieldError(string Field, string Message, int? Row = null);
