using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The small rules under the conventions, without a database.</summary>
public sealed class ConventionsUnitTests
{
    [Theory]
    [InlineData("2026-11-26T15:59:59Z", "2026-11-26")]
    [InlineData("2026-11-26T16:00:00Z", "2026-11-27")] // midnight in Asia/Shanghai
    [InlineData("2026-12-31T16:30:00Z", "2027-01-01")]
    public void Today_is_the_date_in_china(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        clock.Today().ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("\"42\"", 42u)]
    [InlineData("W/\"42\"", 42u)]
    [InlineData(" \"4294967295\" ", uint.MaxValue)]
    public void If_match_carries_a_version(string header, uint expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = header;

        context.RequiredIfMatch().ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("42")]
    [InlineData("\"-1\"")]
    [InlineData("\"abc\"")]
    [InlineData("\"4294967296\"")]
    public void A_missing_or_foreign_if_match_is_428(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.IfMatch = header;

        var error = Should.Throw<BusinessException>(() => context.RequiredIfMatch());

        error.Status.ShouldBe(428);
        error.Code.ShouldBe("platform.version_required");
    }

    [Fact]
    public void A_page_cursor_round_trips_and_marks_the_last_page()
    {
        var first = new PageRequest(2, null);
        var page = first.Page(["甲", "乙", "丙"], s => s);

        page.Items.ShouldBe(["甲", "乙"]);
        new PageRequest(2, page.NextCursor).After<string>().ShouldBe("乙");
        first.Page(["甲", "乙"], s => s).NextCursor.ShouldBeNull();
    }
}
