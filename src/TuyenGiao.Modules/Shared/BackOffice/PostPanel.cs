namespace TuyenGiao.Modules.Shared.BackOffice;

/// <summary>
/// A panel on a post's edit page (<c>/quan-tri/bai-viet/{id}</c>) contributed by another module (the
/// channels' engagement figures), so the newsroom does not reference it. Registered in
/// <c>Add&lt;Module&gt;()</c> (<c>services.AddSingleton(new PostPanel(typeof(PostEngagementPanel), 10))</c>);
/// the page renders them by order with a <c>PostId</c> (long) parameter. The component checks the
/// person's access itself and renders nothing when there is nothing for them.
/// </summary>
/// <param name="Component">An interactive Razor component with a <c>[Parameter] public long PostId</c>.</param>
/// <param name="Order">Position on the page.</param>
public sealed record PostPanel(Type Component, int Order);
