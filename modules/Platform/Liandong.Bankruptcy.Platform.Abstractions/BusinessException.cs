namespace Liandong.Bankruptcy.Platform;

/// <summary>
/// A business rule refused the request. <see cref="Code"/> is stable (<c>cases.invalid_transition</c>) and names a
/// localized message; the HTTP status follows architecture.md (404, 409, 412, 422, 428).
/// </summary>
public sealed class BusinessException : Exception
{
    public BusinessException(string code, int status, params object[] args)
        : base(code)
    {
        Code = code;
        Status = status;
        Args = args;
    }

    public BusinessException()
        : this("platform.business_rule", 422)
    {
    }

    public BusinessException(string message)
        : this(message, 422)
    {
    }

    public BusinessException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = message;
        Status = 422;
        Args = [];
    }

    public string Code { get; }

    public int Status { get; }

    public IReadOnlyList<object> Args { get; }

    public static BusinessException NotFound(string code = "platform.not_found") => new(code, 404);

    public static BusinessException Conflict(string code, params object[] args) => new(code, 409, args);

    public static BusinessException Rule(string code, params object[] args) => new(code, 422, args);
}
