using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Contests;

/// <summary>A member on a cheap phone (360×740) takes the demo contest, loses the connection mid-way, resumes and submits.</summary>
public sealed class ContestPhoneTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_member_registers_answers_loses_the_connection_resumes_and_submits_on_a_phone()
    {
        var page = await OpenAsync(360, 740);
        await page.GotoAsync("/cuoc-thi");
        await ScreenshotAsync(page, "contests-list-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tham gia" }).First.ClickAsync();
        await page.WaitForURLAsync("**/cuoc-thi/tim-hieu-luat-cong-doan-2024");

        // The unit picker searches without tones.
        await page.Locator("#unit-q").FillAsync("cong doan");
        await Expect(page.Locator("#unit option")).Not.ToHaveCountAsync(1);
        await page.Locator("#unit").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#name").FillAsync("Nguyễn Thị Hoa");
        var phone = "09" + Random.Shared.Next(10_000_000, 99_999_999);
        await page.Locator("#phone").FillAsync(phone);
        await page.Locator("input[name=consent]").CheckAsync();
        await ScreenshotAsync(page, "contest-register-phone");
        await page.GetByTestId("register").ClickAsync();
        await Expect(page.GetByTestId("registered")).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.GetByTestId("secret").TextContentAsync()));
        await ScreenshotAsync(page, "contest-registered-phone");

        await page.GetByTestId("start").ClickAsync();
        await page.WaitForURLAsync("**/bai-thi/*");
        var status = page.GetByTestId("save-status");
        var questions = page.Locator("fieldset[data-question]");
        Assert.Equal(20, await questions.CountAsync());
        await Expect(page.GetByTestId("countdown")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(19|20):"));

        var picked = new List<string>();
        async Task Pick(int i, int option)
        {
            var input = questions.Nth(i).Locator("input").Nth(option);
            await input.CheckAsync();
            picked.Add((await input.GetAttributeAsync("value"))!);
        }

        await Pick(0, 1);
        await Pick(1, 0);
        await Expect(status).ToHaveAttributeAsync("data-pending", "0");
        await Expect(status).ToHaveTextAsync("Đã lưu mọi câu trả lời");

        // The connection drops: the answer waits on the phone, and the page says so.
        await page.Context.SetOfflineAsync(true);
        await Pick(2, 2);
        await Expect(status).ToContainTextAsync("Mất kết nối");
        await ScreenshotAsync(page, "contest-attempt-offline-phone", fullPage: false);

        // Back online: the waiting answer goes out by itself.
        await page.Context.SetOfflineAsync(false);
        await Expect(status).ToHaveAttributeAsync("data-pending", "0", new() { Timeout = 20_000 });

        // Resume: a reload comes back from the server with the three answers.
        await page.ReloadAsync();
        for (var i = 0; i < 3; i++)
        {
            await Expect(questions.Nth(i).Locator($"input[value='{picked[i]}']")).ToBeCheckedAsync();
        }

        var attemptId = long.Parse(page.Url.Split('/').Last());
        var saved = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<ContestAnswer>().CountAsync(a => a.AttemptId == attemptId));
        Assert.Equal(3, saved);

        await page.GetByTestId("prediction").FillAsync("1500");
        await page.GetByTestId("submit").ClickAsync();
        var receipt = page.GetByTestId("receipt");
        await Expect(receipt).ToContainTextAsync("Đã nộp bài");
        await Expect(receipt).ToContainTextAsync("3/20");
        await Expect(receipt).ToContainTextAsync("Kết quả sẽ được công bố sau khi vòng thi kết thúc");
        await ScreenshotAsync(page, "contest-submitted-phone");

        var attempt = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<ContestAttempt>().SingleAsync(a => a.Id == attemptId));
        Assert.NotNull(attempt.SubmittedAt);
        Assert.Equal(1500, attempt.Prediction);

        // Nothing sticks out sideways on a 360 px screen.
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"The page is {scrollWidth} px wide on a 360 px phone.");
    }
}
