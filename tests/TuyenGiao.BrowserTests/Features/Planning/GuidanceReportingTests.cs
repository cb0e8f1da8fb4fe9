using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Planning;

/// <summary>Guidance down, report up, in the browser: the federation issues with a report form, a grassroots editor acknowledges and reports, the federation sees the totals.</summary>
public sealed class GuidanceReportingTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Federation_issues_a_guidance_a_grassroots_editor_reports_and_the_issuer_sees_the_totals()
    {
        var federation = await App.UnitIdAsync("Liên đoàn Lao động tỉnh Bắc Kạn");
        var grassroots = await App.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IOrgHierarchy>().GetSubtreeAsync(federation)).First(u => u.Level == OrgLevel.GrassrootsUnion));
        var number = $"{Random.Shared.Next(100, 9999)}/HD-LĐLĐ";
        var title = "Hướng dẫn tuyên truyền Tháng Công nhân";

        // The federation's administrator designs the report form and issues.
        var admin = await SignInAsync("/quan-tri/huong-dan/ban-hanh");
        await Field(admin, "guidance-number").FillAsync(number);
        await Field(admin, "guidance-deadline").FillAsync(DateTime.Today.AddDays(14).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await Field(admin, "guidance-deadline").PressAsync("Enter");
        await Field(admin, "guidance-title").FillAsync(title);
        await Field(admin, "guidance-content").FillAsync("Các công đoàn cơ sở treo băng rôn, tổ chức tuyên truyền về Tháng Công nhân.\n\nBáo cáo kết quả trước hạn.");
        await Field(admin, "guidance-key-messages").FillAsync("Công đoàn Việt Nam đồng hành cùng người lao động");
        var fields = admin.GetByTestId("form-field");
        await Field(admin, "field-label").FillAsync("Băng rôn, khẩu hiệu treo");
        await fields.Nth(0).Locator("[data-testid='field-unit'] input, input[data-testid='field-unit']").First.FillAsync("cái");
        await admin.GetByTestId("field-add").ClickAsync();
        await fields.Nth(1).Locator("[data-testid='field-label'] input, input[data-testid='field-label']").First.FillAsync("Người tham dự");
        await fields.Nth(1).Locator("[data-testid='field-unit'] input, input[data-testid='field-unit']").First.FillAsync("người");
        await ScreenshotAsync(admin, "guidance-issue-form");
        await admin.GetByTestId("guidance-issue").ClickAsync();
        await admin.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/quan-tri/huong-dan/\d+$"));
        await Expect(admin.GetByTestId("page-title")).ToHaveTextAsync(title);
        await Expect(admin.GetByTestId("guidance-stats")).ToContainTextAsync("Đơn vị nhận");
        var guidanceUrl = admin.Url;

        // A grassroots editor finds it among the guidance to report on, acknowledges and reports (on a phone).
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, grassroots.Id);
        var editor = await SignInAsAsync(email, password, "/quan-tri/huong-dan-can-bao-cao", width: 390, height: 844);
        var task = editor.GetByTestId("guidance-task").Filter(new LocatorFilterOptions { HasText = number });
        await Expect(task).ToContainTextAsync("Chưa nhận");
        await ScreenshotAsync(editor, "guidance-tasks-phone");
        await task.ClickAsync();
        await WaitInteractiveAsync(editor);
        await Expect(editor.GetByTestId("page-title")).ToHaveTextAsync(title);
        await editor.GetByTestId("guidance-acknowledge").ClickAsync();
        await Expect(editor.GetByTestId("acknowledged")).ToBeVisibleAsync();

        // A report without the required field is refused in Vietnamese; then it goes through.
        await Field(editor, "value-nguoi-tham-du").FillAsync("150");
        await editor.GetByTestId("guidance-report").ClickAsync();
        await Expect(editor.GetByTestId("report-part")).ToContainTextAsync("Hãy nhập \"Băng rôn, khẩu hiệu treo\".");
        await ScreenshotAsync(editor, "guidance-report-missing-phone");
        await Field(editor, "value-bang-ron-khau-hieu-treo").FillAsync("12");
        await Field(editor, "value-nguoi-tham-du").FillAsync("150");
        await editor.GetByTestId("guidance-report").ClickAsync();
        await Expect(editor.GetByTestId("recipient-status")).ToContainTextAsync("đã gửi báo cáo");
        await ScreenshotAsync(editor, "guidance-report-phone");

        // The issuer sees the totals.
        await admin.GotoAsync(guidanceUrl);
        await WaitInteractiveAsync(admin);
        await Expect(admin.GetByTestId("total-bang-ron-khau-hieu-treo")).ToHaveTextAsync("12");
        await Expect(admin.GetByTestId("total-nguoi-tham-du")).ToHaveTextAsync("150");
        await Expect(admin.GetByTestId("guidance-total-row")).ToContainTextAsync("1/");
        await ScreenshotAsync(admin, "guidance-matrix");
    }
}
