using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Contests.Domain;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Portal;

/// <summary>
/// A reader on a cheap phone (360×740): every public page fits the screen (nothing scrolls sideways),
/// the header's menu opens from the keyboard and lists the site's sections, and the header's search
/// lands on results. Each page is also photographed at 1280×800 for a person to compare.
/// </summary>
public sealed class PortalPhoneLayoutTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string ResultsSlug = "thu-giao-dien-ket-qua-dien-thoai";
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static Dictionary<string, string>? paths;

    public static TheoryData<string> PublicPages => ["home", "topic", "unit", "article", "search", "calendar", "contests", "contest", "results", "not-found"];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_page_fits_a_360px_phone_with_large_tap_targets_and_readable_text(string name)
    {
        var path = (await PathsAsync())[name];
        var page = await OpenAsync(360, 740);
        await page.GotoAsync(path);
        await ScreenshotAsync(page, $"phone-layout-{name}-360");

        var overflow = await page.EvaluateAsync<string?>(WiderThanScreen);
        Assert.True(overflow is null, $"{path} scrolls sideways on a 360 px phone: {overflow}");

        // The header's buttons, the menu's links, pagers, share buttons and footer links are thumb-sized.
        var small = await page.EvaluateAsync<string?>(SmallTapTargets);
        Assert.True(small is null, $"{path} has tap targets under 44 px: {small}");

        var bodySize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");
        Assert.True(bodySize >= 16, $"body text is {bodySize}px");

        var desktop = await OpenAsync(1280, 800);
        await desktop.GotoAsync(path);
        await ScreenshotAsync(desktop, $"phone-layout-{name}-1280");
        Assert.Null(await desktop.EvaluateAsync<string?>(WiderThanScreen));
    }

    [Fact]
    public async Task Article_images_video_and_tables_stay_inside_a_phone_screen()
    {
        var page = await OpenAsync(360, 740);
        await page.GotoAsync((await PathsAsync())["article"]);
        var width = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        foreach (var selector in new[] { ".p-content img", "[data-testid=article-video]", ".p-content table" })
        {
            var box = await page.Locator(selector).First.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= width + 0.5, $"{selector} sticks out: {box?.X}+{box?.Width} > {width}");
        }

        // The wide table scrolls inside its own box instead of the page.
        Assert.True(await page.Locator(".p-content table").First.EvaluateAsync<bool>("t => t.scrollWidth > t.clientWidth && getComputedStyle(t).overflowX === 'auto'"));
        var text = await page.Locator(".p-content p").First.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(text >= 16, $"article text is {text}px");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lich-ngay-le")]
    [InlineData("/cuoc-thi")]
    public async Task The_menu_opens_with_the_keyboard_and_lists_the_sections(string path)
    {
        var page = await OpenAsync(360, 740);
        await page.GotoAsync(path);
        var menu = page.GetByTestId("site-menu");
        var links = menu.Locator("nav a");
        await Expect(links.First).Not.ToBeVisibleAsync();

        // Tab until the menu button has the focus, as a keyboard user would. The pages that load Blazor's script
        // start with the focus on their h1 (after the header): from there the user goes back up with Shift+Tab.
        var key = await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('main')") ? "Shift+Tab" : "Tab";
        for (var i = 0; i < 12 && !await menu.Locator("summary").EvaluateAsync<bool>("s => s === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync(key);
        }

        var summary = menu.Locator("summary");
        Assert.True(await summary.EvaluateAsync<bool>("s => s === document.activeElement"), "the menu button is reached with Tab");
        Assert.NotEqual("none", await summary.EvaluateAsync<string>("s => getComputedStyle(s).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("open", "");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Trang chủ" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Lịch ngày lễ, kỷ niệm" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Cuộc thi" })).ToBeVisibleAsync();
        if (path == "/")
        {
            // On the news pages the menu also lists the topics.
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Chính sách, pháp luật" })).ToBeVisibleAsync();
        }

        await ScreenshotAsync(page, $"phone-layout-menu-open{path.Replace('/', '-').TrimEnd('-')}", fullPage: false);

        // The next Tab lands on a link inside the open menu, drawn with a visible focus ring.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[data-testid=site-menu] nav')"), "Tab goes into the open menu");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        // Enter on the button again closes it.
        await summary.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(links.First).Not.ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("/lich-ngay-le")]
    [InlineData("/cuoc-thi")]
    [InlineData("/")]
    public async Task Searching_from_the_header_on_a_phone_lands_on_results(string path)
    {
        var page = await OpenAsync(360, 740);
        await page.GotoAsync(path);
        var search = page.GetByTestId("header-search");
        var input = search.Locator("input[type=search]");
        await Expect(input).Not.ToBeVisibleAsync();
        await search.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(input).ToBeVisibleAsync();
        await input.FillAsync("cong doan");
        await ScreenshotAsync(page, "phone-layout-header-search", fullPage: false);
        await input.PressAsync("Enter");
        await page.WaitForURLAsync("**/tim-kiem?q=cong+doan");
        await Expect(page.GetByTestId("search-hit").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_desktop_the_menu_links_and_search_sit_in_the_header_without_a_menu_button()
    {
        var page = await OpenAsync(1280, 800);
        await page.GotoAsync("/lich-ngay-le");
        await Expect(page.GetByTestId("site-menu").Locator("summary")).Not.ToBeVisibleAsync();
        var nav = page.GetByTestId("desktop-nav");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Trang chủ" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Cuộc thi" })).ToBeVisibleAsync();
        var input = page.GetByTestId("header-search-wide").Locator("input[type=search]");
        await input.FillAsync("cong doan");
        await input.PressAsync("Enter");
        await page.WaitForURLAsync("**/tim-kiem?q=cong+doan");
        await Expect(page.GetByTestId("search-hit").First).ToBeVisibleAsync();
    }

    // The first element whose right edge passes the screen's, or null when the page fits.
    private const string WiderThanScreen = """
        () => {
          const w = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= w) return null;
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > w + 1 && getComputedStyle(el).position !== 'fixed') return `${el.tagName}.${el.className} right=${Math.round(r.right)}`;
          }
          return `document ${document.documentElement.scrollWidth}px`;
        }
        """;

    private const string SmallTapTargets = """
        () => {
          const sel = '.site-header summary, .site-header a, .site-header button, [data-testid=site-menu] nav a, .p-topics a, .p-pager a, .p-share a, .site-footer a, .p-search button, .p-search input, .obs .years a, .ct .button, .ct button, .nf a, .nf button';
          const bad = [];
          for (const el of document.querySelectorAll(sel)) {
            const r = el.getBoundingClientRect();
            if (!el.checkVisibility()) continue; // not shown (a closed menu, the other layout's header)
            if (r.height < 43.5 || r.width < 43.5) bad.push(`${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
          }
          return bad.length ? bad.join('; ') : null;
        }
        """;

    /// <summary>The pages to look at; the article (cover, body image, wide table, YouTube video) and a contest with a closed round are made once.</summary>
    private async Task<Dictionary<string, string>> PathsAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            return paths ??= await App.WithServicesAsync(SeedAsync);
        }
        finally
        {
            SeedLock.Release();
        }
    }

    private static async Task<Dictionary<string, string>> SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var posts = sp.GetRequiredService<IPublishedPosts>();
        var topic = (await posts.GetTopicsAsync())[0];
        var sample = await db.Set<Post>().AsNoTracking().Where(p => p.Status == PostStatus.Published && p.CoverMediaId != null).OrderBy(p => p.Id).FirstAsync();
        var cover = (await posts.GetAsync(sample.Id))!.Cover!;
        var now = DateTime.UtcNow;

        var post = new Post
        {
            UnitId = sample.UnitId,
            Slug = "bai-thu-giao-dien-dien-thoai",
            Format = PostFormat.Article,
            Status = PostStatus.Published,
            CoverMediaId = sample.CoverMediaId,
            CoverAlt = "Ảnh bìa thử",
            VideoUrl = "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            AuthorUserId = sample.AuthorUserId,
            AuthorName = sample.AuthorName,
            CreatedAt = now.AddDays(-40),
            UpdatedAt = now.AddDays(-40),
            PublishedAt = now.AddDays(-40),
            Version = 1,
        };
        var wideRow = string.Concat(Enumerable.Range(1, 9).Select(i => $"<td>Cột số liệu {i}: 1.234.567 đồng</td>"));
        post.SetContent(
            "Công đoàn ngành Giáo dục tổng kết năm học với bảng số liệu dài và video hoạt động của đoàn viên",
            "Bài thử giao diện trên điện thoại: ảnh trong bài, bảng rộng và video nhúng.",
            $"<p>Hội nghị tổng kết diễn ra sôi nổi với sự tham gia của đông đảo đoàn viên công đoàn trong toàn ngành.</p>"
            + $"<figure><img src=\"{cover.Url}\" alt=\"Ảnh trong bài\" width=\"1600\" height=\"900\" /><figcaption>Quang cảnh hội nghị.</figcaption></figure>"
            + $"<p>Số liệu chi tiết:</p><table><tr>{wideRow}</tr><tr>{wideRow}</tr></table>"
            + "<p>Đường dẫn dài không ngắt: https://congdoan.example.vn/tai-lieu/bao-cao-tong-ket-nam-hoc-2025-2026-cua-cong-doan-nganh-giao-duc.pdf</p>");
        post.Topics.Add(new PostTopic { TopicId = topic.Id });
        db.Add(post);
        await db.SaveChangesAsync();

        var root = await db.Set<Contest>().AsNoTracking().Where(c => c.IsPublished).OrderBy(c => c.Id).FirstAsync();
        var contest = new Contest
        {
            Slug = ResultsSlug,
            Title = "Cuộc thi thử “Tìm hiểu Điều lệ Công đoàn Việt Nam” trên điện thoại",
            Rules = "Thể lệ thử.",
            PredictionQuestion = "Bao nhiêu người trả lời đúng tất cả?",
            OrganiserUnitId = root.OrganiserUnitId,
            EligibleUnitId = root.EligibleUnitId,
            QuestionsPerAttempt = 20,
            TimeLimitSeconds = 20 * 60,
            AttemptsPerRound = 2,
            RankingOrder = "Score,Duration,SubmittedAt",
            IndividualPrizes = 10,
            UnitPrizes = 3,
            IsPublished = true,
            CreatedAt = now.AddDays(-20),
            Rounds = [new ContestRound { Number = 1, Title = "Tuần 1", OpensAt = now.AddDays(-15), ClosesAt = now.AddDays(-8) }],
        };
        db.Add(contest);
        await db.SaveChangesAsync();
        var names = new[] { "Nguyễn Thị Thu Hương", "Trần Văn Bình", "Lê Hoàng Phương Anh", "Phạm Minh Đức" };
        for (var i = 0; i < names.Length; i++)
        {
            var p = new ContestParticipant
            {
                ContestId = contest.Id, Name = names[i], Phone = "09" + (12_345_670 + i), UnitId = root.EligibleUnitId, SecretHash = "x",
                ConsentedAt = now.AddDays(-14), RegisteredAt = now.AddDays(-14),
            };
            db.Add(p);
            await db.SaveChangesAsync();
            db.Add(new ContestAttempt
            {
                ContestId = contest.Id, RoundId = contest.Rounds[0].Id, ParticipantId = p.Id, Number = 1, Layout = "", TokenHash = "x" + i,
                StartedAt = now.AddDays(-14), Deadline = now.AddDays(-14).AddMinutes(20), SubmittedAt = now.AddDays(-14).AddMinutes(5 + i),
                Score = 20 - i, DurationMs = 300_000 + (i * 1000),
            });
            await db.SaveChangesAsync();
        }

        var unitId = sample.UnitId;
        return new Dictionary<string, string>
        {
            ["home"] = "/",
            ["topic"] = topic.Url,
            ["unit"] = PostLinks.UnitPath(unitId),
            ["article"] = (await posts.GetAsync(post.Id))!.Url,
            ["search"] = "/tim-kiem?q=cong+doan",
            ["calendar"] = "/lich-ngay-le",
            ["contests"] = "/cuoc-thi",
            ["contest"] = "/cuoc-thi/" + TuyenGiao.Modules.Features.Contests.Seeding.ContestDemoSeeder.Slug,
            ["results"] = $"/cuoc-thi/{ResultsSlug}/ket-qua",
            ["not-found"] = "/khong-tim-thay",
        };
    }
}
