using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace TuyenGiao.Modules.Features.Planning.Ics;

/// <summary>
/// Maps endpoints at the site root from inside the <c>/api/v1</c> group that
/// <c>Program.cs</c> hands every module: their data source is added to the group but answers
/// <see cref="EndpointDataSource.GetGroupedEndpoints"/> with its own root-relative patterns,
/// ignoring the group's prefix and conventions. Used for the calendar subscription feed,
/// whose address calendar apps keep (<c>/lich/ngay-le.ics</c>).
/// </summary>
internal sealed class UngroupedRouteBuilder : IEndpointRouteBuilder
{
    private readonly IEndpointRouteBuilder group;

    public UngroupedRouteBuilder(IEndpointRouteBuilder group)
    {
        this.group = group;
        group.DataSources.Add(new UngroupedDataSource(DataSources));
    }

    public IServiceProvider ServiceProvider => group.ServiceProvider;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => group.CreateApplicationBuilder();

    private sealed class UngroupedDataSource(ICollection<EndpointDataSource> sources) : EndpointDataSource
    {
        public override IReadOnlyList<Endpoint> Endpoints => [.. sources.SelectMany(s => s.Endpoints)];

        public override IReadOnlyList<Endpoint> GetGroupedEndpoints(RouteGroupContext context) => Endpoints;

        public override IChangeToken GetChangeToken() =>
            new CompositeChangeToken([.. sources.Select(s => s.GetChangeToken())]);
    }
}
