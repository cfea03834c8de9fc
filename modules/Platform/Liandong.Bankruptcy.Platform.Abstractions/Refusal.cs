using System.Collections.Concurrent;
using System.Reflection;

namespace Liandong.Bankruptcy.Platform;

/// <summary>
/// Marks a member of a domain outcome enum as a refusal: the stable code and HTTP status it answers with. Members
/// without it are successes. The domain says what happened; <see cref="Outcomes.OrRefuse{T}"/> is the one mapping.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class RefusalAttribute(int status, string code) : Attribute
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}

/// <summary>The one way a domain outcome becomes a coded refusal (<see cref="BusinessException"/>).</summary>
public static class Outcomes
{
    private static readonly ConcurrentDictionary<Enum, RefusalAttribute?> Refusals = new();

    /// <summary>The refusal <paramref name="outcome"/> stands for, or null when it is a success.</summary>
    public static RefusalAttribute? RefusalOf<T>(T outcome)
        where T : struct, Enum =>
        Refusals.GetOrAdd(outcome, static o => o.GetType().GetField(o.ToString())?.GetCustomAttribute<RefusalAttribute>());

    /// <summary>Throws the coded refusal when <paramref name="outcome"/> is one; <paramref name="args"/> fill its message.</summary>
    public static T OrRefuse<T>(this T outcome, params object[] args)
        where T : struct, Enum =>
        RefusalOf(outcome) is { } refusal ? throw new BusinessException(refusal.Code, refusal.Status, args) : outcome;
}
