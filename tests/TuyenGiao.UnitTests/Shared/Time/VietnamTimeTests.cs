using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.UnitTests.Shared.Time;

public sealed class VietnamTimeTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_is_the_date_in_Ho_Chi_Minh_City_seven_hours_ahead_of_utc()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), VietnamTime.Today(new FixedTime(new DateTimeOffset(2025, 6, 30, 17, 0, 0, TimeSpan.Zero))));
        Assert.Equal(new DateOnly(2025, 6, 30), VietnamTime.Today(new FixedTime(new DateTimeOffset(2025, 6, 30, 16, 59, 59, TimeSpan.Zero))));
    }

    [Fact]
    public void Formats_dates_day_first()
    {
        Assert.Equal("01/07/2025", VietnamTime.Format(new DateOnly(2025, 7, 1)));
        Assert.Equal("01/07/2025 00:30", VietnamTime.Format(new DateTime(2025, 6, 30, 17, 30, 0, DateTimeKind.Utc)));
    }
}
