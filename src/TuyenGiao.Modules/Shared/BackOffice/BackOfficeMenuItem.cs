namespace TuyenGiao.Modules.Shared.BackOffice;

/// <summary>
/// An entry of the back-office menu. Each module registers its own in <c>Add&lt;Module&gt;()</c>
/// (<c>services.AddSingleton(new BackOfficeMenuItem(...))</c>); the layout lists them by order.
/// </summary>
/// <param name="TitleKey">Key of the title in the resource files (<see cref="Api.Messages"/>).</param>
/// <param name="Href">Route under <c>/quan-tri</c>.</param>
/// <param name="Icon">A MudBlazor icon (SVG path string).</param>
/// <param name="Order">Position in the menu.</param>
/// <param name="SystemAdminOnly">Shown only to system administrators.</param>
/// <param name="RequiredPermission">
/// The name of the permission (Identity's <c>Permission</c> enum) the person must hold on some unit
/// for the entry to show; null shows it to everyone signed in.
/// </param>
public sealed record BackOfficeMenuItem(string TitleKey, string Href, string Icon, int Order, bool SystemAdminOnly = false, string? RequiredPermission = null);
