using Liandong.Bankruptcy.Platform.Domain;
using Microsoft.AspNetCore.Http;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>The member unit a user works for in a county, and its kind.</summary>
public sealed record MemberUnit(Guid Id, UnitKind Kind);

/// <summary>
/// The unit the signed-in user works for in the request's county (from the directory, checked on every request); null
/// without a unit, and outside requests (message handlers act for the system). Modules base data-level rules on it.
/// </summary>
public interface ICurrentUnit
{
    MemberUnit? Unit { get; }

    /// <summary>The user's unit when it is an administrator firm: such a user sees only what the firm is appointed to.</summary>
    Guid? AdministratorFirmId => Unit is { Kind: UnitKind.AdministratorFirm } firm ? firm.Id : null;
}

internal sealed class CurrentUnit(IHttpContextAccessor accessor) : ICurrentUnit
{
    /// <summary>The HttpContext item where principal validation leaves the user's unit in this county.</summary>
    internal static readonly object Item = new();

    public MemberUnit? Unit => accessor.HttpContext?.Items[Item] as MemberUnit;
}
