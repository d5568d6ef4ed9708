using Dortmund.News.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Dortmund.News.Web.Tests.Hosting;

public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData(200, 3, LogEventLevel.Debug)]
    [InlineData(304, 3, LogEventLevel.Debug)]
    [InlineData(404, 3, LogEventLevel.Debug)]
    [InlineData(200, 1000, LogEventLevel.Warning)]
    [InlineData(500, 3, LogEventLevel.Error)]
    [InlineData(503, 2000, LogEventLevel.Error)]
    public void Only_slow_and_failed_requests_reach_the_shipped_log(int status, double milliseconds, LogEventLevel expected)
    {
        var http = new DefaultHttpContext { Response = { StatusCode = status } };

        Assert.Equal(expected, RequestLogLevel.Of(http, milliseconds, exception: null));
    }

    [Fact]
    public void A_request_that_threw_is_an_error() =>
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.Of(new DefaultHttpContext(), 1, new InvalidOperationException()));
}
