namespace TuyenGiao.Modules.Features.Planning.Contracts;

/// <summary>The kind of day an observance is, to group and colour the calendar.</summary>
public enum ObservanceCategory
{
    /// <summary>A great national holiday or historic anniversary (2/9, 30/4, 3/2 …).</summary>
    National = 1,

    /// <summary>An international day (1/5, 8/3 …).</summary>
    International = 2,

    /// <summary>A day of the trade union (28/7 …).</summary>
    Union = 3,

    /// <summary>The founding day of another organisation (20/10, 22/12 …).</summary>
    Organization = 4,

    /// <summary>A traditional festival of the lunar calendar (Tết, Giỗ Tổ Hùng Vương).</summary>
    Traditional = 5,

    /// <summary>A month of action or a campaign (Worker Month, OSH Action Month).</summary>
    Campaign = 6,

    /// <summary>A day a federation or union adds for itself.</summary>
    Local = 7,
}
