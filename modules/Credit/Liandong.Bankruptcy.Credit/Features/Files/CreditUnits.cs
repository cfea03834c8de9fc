using Liandong.Bankruptcy.Credit.Domain;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Identity;

namespace Liandong.Bankruptcy.Credit.Features.Files;

/// <summary>Which measures a user may act on: those whose target is kept by a unit of the user's unit's kind.</summary>
internal static class CreditUnits
{
    public static bool Owns(ICurrentUnit unit, CreditTarget target) => unit.Unit?.Kind == CreditTargets.Rules[target].Unit;

    /// <summary>A target named in a route (exactly as <see cref="CreditTarget"/> spells it); 404 otherwise.</summary>
    public static CreditTarget Target(string name) =>
        Enum.GetNames<CreditTarget>().Contains(name, StringComparer.Ordinal) ? Enum.Parse<CreditTarget>(name) : throw new BusinessException("credit.no_such_measure", 404);

    /// <summary>403 <c>credit.not_your_target</c> unless the user's unit keeps the target.</summary>
    public static void EnsureOwn(ICurrentUnit unit, CreditTarget target)
    {
        if (!Owns(unit, target))
        {
            throw new BusinessException("credit.not_your_target", 403);
        }
    }
}
