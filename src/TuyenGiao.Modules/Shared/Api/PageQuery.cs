namespace TuyenGiao.Modules.Shared.Api;

/// <summary>Paging every list endpoint takes: <c>page</c> from 1, <c>pageSize</c> up to 1000 (default 50).</summary>
public readonly record struct PageQuery(int Page, int PageSize)
{
    public const int MaxPageSize = 1000;

    public int Skip => (Page - 1) * PageSize;

    public static PageQuery From(int? page, int? pageSize)
    {
        var errors = new List<FieldError>();
        if (page is < 1)
        {
            errors.Add(new FieldError("page", Messages.Get("PageMustBePositive")));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add(new FieldError("pageSize", Messages.Get("PageSizeRange", MaxPageSize)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        return new PageQuery(page ?? 1, pageSize ?? 50);
    }
}
