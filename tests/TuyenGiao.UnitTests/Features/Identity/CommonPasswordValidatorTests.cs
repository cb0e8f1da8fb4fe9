using Microsoft.AspNetCore.Identity;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Identity.Passwords;

namespace TuyenGiao.UnitTests.Features.Identity;

public sealed class CommonPasswordValidatorTests
{
    private static readonly AppUser User = new() { UserName = "nguyen.van.an@congdoan.vn", Email = "nguyen.van.an@congdoan.vn" };

    [Theory]
    [InlineData("password1")]
    [InlineData("12345678")]
    [InlineData("PASSWORD")]
    [InlineData("Iloveyou")]
    [InlineData("123456789")]
    [InlineData("matkhau123")]
    [InlineData("AnhYeuEm")]
    [InlineData("congdoan123")]
    public async Task Refuses_a_password_on_the_list_whatever_its_case(string password)
    {
        var result = await Validate(new CommonPasswordValidator(), password);

        var error = Assert.Single(result.Errors);
        Assert.Equal(CommonPasswordValidator.TooCommonCode, error.Code);
        Assert.Contains("phổ biến", error.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nguyen.van.an@congdoan.vn")]
    [InlineData("NGUYEN.VAN.AN")]
    [InlineData("nguyen.van.an")]
    public async Task Refuses_the_email_address_or_its_local_part(string password)
    {
        var result = await Validate(new CommonPasswordValidator(), password);

        Assert.Equal(CommonPasswordValidator.MatchesEmailCode, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("một cụm từ dài dễ nhớ")]
    [InlineData("correct horse battery staple")]
    [InlineData("k7#pQ2vx")]
    [InlineData("nguyen.van.an2")]
    public async Task Accepts_a_password_off_the_list(string password)
    {
        Assert.True((await Validate(new CommonPasswordValidator(), password)).Succeeded);
    }

    [Fact]
    public void The_list_holds_the_top_ten_thousand_and_the_Vietnamese_ones()
    {
        Assert.InRange(CommonPasswordList.Count, 10_000, 11_000);
        Assert.True(CommonPasswordList.Contains("123456"));
        Assert.True(CommonPasswordList.Contains("matkhau"));
        Assert.False(CommonPasswordList.Contains("# zxcvbn: Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc."));
    }

    [Fact]
    public async Task Max_length_validator_allows_128_characters_and_refuses_129()
    {
        var validator = new MaxLengthPasswordValidator();

        Assert.True((await Validate(validator, new string('a', 64) + new string('b', 64))).Succeeded);
        var error = Assert.Single((await Validate(validator, new string('a', 129))).Errors);
        Assert.Equal(MaxLengthPasswordValidator.Code, error.Code);
        Assert.Contains("128", error.Description, StringComparison.Ordinal);
    }

    private static Task<IdentityResult> Validate(IPasswordValidator<AppUser> validator, string password) =>
        validator.ValidateAsync(null!, User, password);
}
