using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Http;

/// <summary>Maps exceptions to problem details; an unexpected one is logged and answered 500 without a stack trace.</summary>
internal sealed class ExceptionToProblem(IProblemDetailsService problems, ILogger<ExceptionToProblem> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is ValidationException validation)
        {
            httpContext.Response.StatusCode = 400;
            var invalid = new HttpValidationProblemDetails(validation.Errors.Localize(httpContext))
            {
                Status = 400,
                Title = Localization.ModuleMessages.Localize(httpContext, "platform.validation_failed"),
            };
            invalid.Extensions[Problems.CodeKey] = "platform.validation_failed";
            invalid.Extensions["errorCodes"] = validation.Errors.Codes();
            return await Write(httpContext, invalid, exception);
        }

        var (status, code, args) = exception switch
        {
            BusinessException business => (business.Status, business.Code, business.Args.ToArray()),
            BadHttpRequestException bad => (bad.StatusCode == 413 ? 413 : 400, "platform.malformed_request", []),
            DbUpdateConcurrencyException => (412, "platform.version_stale", []),
            _ when UnstorableText(exception) => (400, "platform.invalid_character", []),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                (409, "platform.duplicate", []),
            _ => (500, "platform.server_error", Array.Empty<object>()),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        if (!Problems.IsApi(httpContext))
        {
            return true; // a page: the status-code page explains it in words
        }

        var problem = new ProblemDetails { Status = status, Title = Localization.ModuleMessages.Localize(httpContext, code, args) };
        problem.Extensions[Problems.CodeKey] = code;
        return await Write(httpContext, problem, exception);
    }

    // Text PostgreSQL cannot hold (a NUL character in a query string, a name, a path), from a query or a save: the
    // statement failed, so nothing changed; the request was malformed, not the server.
    private static bool UnstorableText(Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException)?.SqlState
            is PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.UntranslatableCharacter;

    private async ValueTask<bool> Write(HttpContext httpContext, ProblemDetails problem, Exception exception) =>
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
}
