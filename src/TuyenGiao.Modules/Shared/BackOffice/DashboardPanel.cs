namespace TuyenGiao.Modules.Shared.BackOffice;

/// <summary>
/// A panel on the back-office overview (<c>/quan-tri</c>). Each module registers its own in
/// <c>Add&lt;Module&gt;()</c> (<c>services.AddSingleton(new DashboardPanel(typeof(CadencePanel), 20))</c>);
/// the overview renders them by order. The component checks the person's access itself and
/// renders nothing when there is nothing for them.
/// </summary>
/// <param name="Component">An interactive Razor component without required parameters.</param>
/// <param name="Order">Position on the page.</param>
public sealed record DashboardPanel(Type Component, int Order);
