using System.Reflection;
using Microsoft.EntityFrameworkCore;
using NetArchTest.Rules;
using TuyenGiao.Modules.Data;

namespace TuyenGiao.ArchitectureTests;

/// <summary>
/// Modules reach each other only through <c>Features/&lt;M&gt;/Contracts</c>. One stated exception:
/// an EF configuration class in <c>Features/&lt;A&gt;/Data</c> may name another module's entity for
/// a foreign key (Identity's RoleAssignmentConfiguration → Organization's OrgUnit). The host
/// (TuyenGiao.Web) uses a module through its <c>&lt;M&gt;Module</c> entry point and its Contracts.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string Features = "TuyenGiao.Modules.Features";

    private static readonly Assembly ModulesAssembly = typeof(AppDbContext).Assembly;

    private static readonly Assembly WebAssembly = typeof(Program).Assembly;

    private static readonly IReadOnlyList<Type> ModuleTypes = ModulesAssembly.GetTypes();

    /// <summary>
    /// Sub-namespaces of a module (besides Contracts) the host may use, e.g. "Pages" should the host
    /// embed a module's components. Empty: the host composes modules through &lt;M&gt;Module only.
    /// Add to it deliberately, with the reason.
    /// </summary>
    private static readonly string[] HostMayAlsoUse =
    [
        // The sign-in page is a static server-rendered host page (a cookie needs the HTTP response); it calls Identity's sign-in service. (Names are relative to each module.)
        "SignIn",

        // The host may place modules' page components (the dashboard shows Organization's overview cards).
        "Pages",
    ];

    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Modules())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> Modules() => ModuleTypes
        .Select(t => t.Namespace ?? string.Empty)
        .Where(ns => ns.StartsWith(Features + ".", StringComparison.Ordinal))
        .Select(ns => ns[(Features.Length + 1)..].Split('.')[0])
        .Distinct()
        .Order();

    /// <summary>
    /// The names (namespaces, or full type names for the module's root namespace) that make up
    /// module <paramref name="module"/>'s inside: everything but its Contracts and, when given,
    /// the namespaces in <paramref name="alsoAllowed"/>.
    /// </summary>
    private static string[] Internals(string module, bool allowEntryPoint = false, params string[] alsoAllowed)
    {
        var root = $"{Features}.{module}";
        var allowed = new[] { "Contracts" }.Concat(alsoAllowed).Select(s => $"{root}.{s}").ToList();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in ModuleTypes.Where(t => !t.IsNested))
        {
            var ns = type.Namespace ?? string.Empty;
            if (ns == root)
            {
                if (!(allowEntryPoint && type.Name == module + "Module"))
                {
                    names.Add(type.FullName!);
                }
            }
            else if (ns.StartsWith(root + ".", StringComparison.Ordinal) && !allowed.Any(a => ns == a || ns.StartsWith(a + ".", StringComparison.Ordinal)))
            {
                names.Add(ns);
            }
        }

        return [.. names];
    }

    /// <summary>Which of <paramref name="names"/> the type uses (for a readable failure).</summary>
    private static IEnumerable<string> Used(Assembly assembly, Type type, IEnumerable<string> names) =>
        names.Where(n => Types.InAssembly(assembly)
            .That().ResideInNamespace(type.Namespace ?? string.Empty).And().HaveName(type.Name)
            .Should().HaveDependencyOn(n)
            .GetResult().IsSuccessful);

    private static bool IsEntityConfiguration(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    [Fact]
    public void The_modules_are_found()
    {
        var modules = Modules().ToList();
        Assert.Contains("Organization", modules);
        Assert.Contains("Identity", modules);
        Assert.Contains($"{Features}.Organization.Domain", Internals("Organization"));
        Assert.DoesNotContain($"{Features}.Organization.Contracts", Internals("Organization"));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_another_module_only_through_its_contracts(string module)
    {
        var problems = new List<string>();
        foreach (var other in Modules().Where(m => m != module))
        {
            var result = Types.InAssembly(ModulesAssembly)
                .That().ResideInNamespace($"{Features}.{module}")
                .ShouldNot().HaveDependencyOnAny(Internals(other))
                .GetResult();
            foreach (var type in result.FailingTypes ?? [])
            {
                // The stated exception: an EF configuration in <A>.Data may map a foreign key to
                // another module's entity (its Domain or Data types), but nothing else inside it.
                if (type.Namespace == $"{Features}.{module}.Data" && IsEntityConfiguration(type))
                {
                    var narrow = Types.InAssembly(ModulesAssembly)
                        .That().ResideInNamespace(type.Namespace).And().HaveName(type.Name)
                        .ShouldNot().HaveDependencyOnAny(Internals(other, false, "Domain", "Data"))
                        .GetResult();
                    if (narrow.IsSuccessful)
                    {
                        continue;
                    }
                }

                problems.Add($"{type.FullName} uses the inside of module {other} ({string.Join(", ", Used(ModulesAssembly, type, Internals(other)))}); use {Features}.{other}.Contracts (or move what it needs there).");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_stated_exception_is_really_detected_as_a_cross_module_reference()
    {
        // Guards the rule itself: without the exception, Identity's role-assignment mapping
        // counts as using Organization's inside — so the rule does see such references.
        var result = Types.InAssembly(ModulesAssembly)
            .That().ResideInNamespace($"{Features}.Identity.Data").And().HaveName("RoleAssignmentConfiguration")
            .ShouldNot().HaveDependencyOnAny(Internals("Organization"))
            .GetResult();
        Assert.False(result.IsSuccessful);
    }

    [Theory]
    [InlineData("TuyenGiao.Modules.Features.Organization.Api.OrgUnitEndpoints", "TuyenGiao.Modules.Features.Organization.Restructure.OrgRestructuringService")] // only inside lambdas
    [InlineData("TuyenGiao.Modules.Features.Identity.Access.AccessScope", "TuyenGiao.Modules.Features.Identity.Data.RoleAssignment")] // only inside an async method
    public void Dependencies_inside_lambdas_and_async_methods_are_seen(string typeName, string dependency)
    {
        var type = ModulesAssembly.GetType(typeName, throwOnError: true)!;
        var result = Types.InAssembly(ModulesAssembly)
            .That().ResideInNamespace(type.Namespace).And().HaveName(type.Name)
            .Should().HaveDependencyOn(dependency)
            .GetResult();
        Assert.True(result.IsSuccessful, $"{typeName} should be seen to use {dependency}");
    }

    [Fact]
    public void Shared_code_does_not_depend_on_any_module()
    {
        var result = Types.InAssembly(ModulesAssembly)
            .That().ResideInNamespace("TuyenGiao.Modules.Shared")
            .ShouldNot().HaveDependencyOn(Features)
            .GetResult();
        Assert.True(result.IsSuccessful, "Shared code uses a module: " + string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_host_uses_modules_only_through_their_entry_points_and_contracts()
    {
        var forbidden = Modules().SelectMany(m => Internals(m, allowEntryPoint: true, HostMayAlsoUse)).ToArray();
        var result = Types.InAssembly(WebAssembly)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();
        var problems = (result.FailingTypes ?? []).Select(t => $"{t.FullName} uses {string.Join(", ", Used(WebAssembly, t, forbidden))}");
        Assert.True(result.IsSuccessful, "The host reaches into modules (use <M>Module or Contracts):" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }
}
