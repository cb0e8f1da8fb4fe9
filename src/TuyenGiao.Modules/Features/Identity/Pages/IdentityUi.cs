using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Identity.Pages;

/// <summary>How the Identity pages show roles, actions and times.</summary>
public static class IdentityUi
{
    public static string RoleName(AppRole role) => Messages.Get("IdRole" + role);

    /// <summary>The action's name in the user's language, or the action code when it has none.</summary>
    public static string ActionName(string action)
    {
        var key = "IdAction_" + action;
        var text = Messages.Get(key);
        return text == key ? action : text;
    }

    /// <summary>dd/MM/yyyy HH:mm in Vietnam time.</summary>
    public static string Time(DateTime utc) => VietnamTime.Format(utc);

    /// <summary>dd/MM/yyyy in Vietnam time.</summary>
    public static string Day(DateTime utc) => VietnamTime.Format(DateOnly.FromDateTime(VietnamTime.ToLocal(utc)));

    /// <summary>The first message about <paramref name="field"/> in the problem, if any.</summary>
    public static string? ErrorFor(AppProblemException? problem, string field) =>
        problem?.Errors.FirstOrDefault(e => e.Field == field)?.Message;
}
