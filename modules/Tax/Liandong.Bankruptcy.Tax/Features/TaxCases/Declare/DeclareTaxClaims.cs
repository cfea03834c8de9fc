using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases.Declare;

/// <summary>
/// One declared line: a tax type (or insurance) and period, the due date the late fee counts from, the unpaid principal,
/// for social insurance the part owed to the employees' personal accounts, and any penalty or fine with its decision.
/// </summary>
internal sealed record TaxLineRequest(
    TaxLineKind? Kind, string? TaxType, DateOnly? PeriodFrom, DateOnly? PeriodTo, DateOnly? DueDate, decimal? Principal,
    decimal? PersonalAccount = null, decimal? Penalty = null, string? PenaltyDecision = null)
{
    public void Validate(ValidationErrors errors, string at)
    {
        errors.Defined($"{at}.kind", Kind);
        errors.RequiredText($"{at}.taxType", TaxType, TaxClaimLine.MaxTaxType);
        errors.RequiredDate($"{at}.periodFrom", PeriodFrom);
        errors.RequiredDate($"{at}.periodTo", PeriodTo);
        errors.RequiredDate($"{at}.dueDate", DueDate);
        if (PeriodFrom > PeriodTo)
        {
            errors.Add($"{at}.periodTo", "validation.period_order");
        }

        errors.Amount($"{at}.principal", Principal, required: true);
        errors.Amount($"{at}.personalAccount", PersonalAccount);
        errors.Amount($"{at}.penalty", Penalty);
        if (PersonalAccount > 0 && Kind == TaxLineKind.Tax)
        {
            errors.Add($"{at}.personalAccount", "tax.personal_account_for_tax");
        }
        else if (PersonalAccount > Principal)
        {
            errors.Add($"{at}.personalAccount", "tax.personal_account_above_principal");
        }

        if (Principal == 0 && (Penalty ?? 0) == 0)
        {
            errors.Add($"{at}.principal", "tax.nothing_declared");
        }

        errors.OptionalText($"{at}.penaltyDecision", PenaltyDecision, 60);
        if (Penalty > 0 && string.IsNullOrWhiteSpace(PenaltyDecision))
        {
            errors.Add($"{at}.penaltyDecision", "validation.required");
        }
    }

    public TaxLineDeclaration ToDeclaration() => new(Kind!.Value, TaxType!.Trim(), PeriodFrom!.Value, PeriodTo!.Value, DueDate!.Value, Principal!.Value,
        PersonalAccount ?? 0, Penalty ?? 0, string.IsNullOrWhiteSpace(PenaltyDecision) ? null : PenaltyDecision.Trim());
}

/// <summary>A declaration: its date and its lines (at most 500; a bigger ledger goes in several declarations).</summary>
internal sealed record DeclareTaxClaimsRequest(DateOnly? DeclaredOn, [property: MaxItems(DeclareTaxClaimsRequest.MaxLines)] List<TaxLineRequest>? Lines) : IValidatable
{
    public const int MaxLines = 500;

    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("declaredOn", DeclaredOn);
        if (Lines is not { Count: > 0 })
        {
            errors.Add("lines", "validation.required");
            return;
        }

        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i] is null)
            {
                errors.Add($"lines[{i}]", "validation.required");
                continue;
            }

            Lines[i].Validate(errors, $"lines[{i}]");
        }
    }
}

/// <summary>
/// The tax bureau declares its claims on a case (SAT and SPC 2025 No. 24): every line as the one creditor the bureau is,
/// the late fee computed to the acceptance date, the classes fixed; within the claim period, or later as a supplementary
/// declaration until the creditors first vote. A line's tax period must have begun by the acceptance (what arises later
/// is no claim: a bankruptcy expense or common-benefit debt). <see cref="TaxClaimsDeclared"/> and
/// <see cref="ItemKindDone"/> (the declaration item completes) commit with it.
/// </summary>
internal sealed class DeclareTaxClaims(
    IDbContextOutbox<TaxDbContext> outbox, TaxCaseReader files, ICaseQueries cases, ICurrentUnit unit, IUnitDirectory units, TimeProvider clock)
{
    /// <summary><paramref name="lineField"/> names line i's fields in errors (a spreadsheet's lines by their row): <c>lines[i]</c> by default.</summary>
    public async Task HandleAsync(Guid caseId, uint expected, DeclareTaxClaimsRequest request, CancellationToken cancellationToken, Func<int, string>? lineField = null)
    {
        lineField ??= i => $"lines[{i}]";
        var db = outbox.DbContext;
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var declaredOn = request.DeclaredOn!.Value;
        var errors = new ValidationErrors();
        if (declaredOn > clock.Today())
        {
            errors.Add("declaredOn", "validation.date_in_future");
        }

        for (var i = 0; i < request.Lines!.Count; i++)
        {
            if (file.AcceptedOn is { } accepted && request.Lines[i].PeriodFrom > accepted)
            {
                errors.Add($"{lineField(i)}.periodFrom", "tax.period_after_acceptance", TaxFileSteps.Iso(accepted));
            }
        }

        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        var settings = await db.CurrentSettingsAsync(cancellationToken);
        var firstVote = declaredOn > file.ClaimDeadline ? await cases.FirstVoteOnAsync(caseId, cancellationToken) : null;
        var creditor = await CreditorAsync(cancellationToken);
        var before = file.Lines.Count;
        file.Declare([.. request.Lines.Select(l => l.ToDeclaration())], declaredOn, firstVote, creditor, settings.CreditorId, settings)
            .OrRefuse(file.State, TaxFileSteps.Iso(file.AcceptedOn), TaxFileSteps.Iso(firstVote));
        var added = file.Lines.Skip(before).ToList();
        await outbox.PublishAsync(new TaxClaimsDeclared(caseId, file.Declarations, added.Count, added.Sum(l => l.Declared), added[0].Supplementary, declaredOn));
        if (!added[0].Supplementary)
        {
            await outbox.PublishAsync(new ItemKindDone(caseId, ItemKinds.TaxClaims, declaredOn,
                FormattableString.Invariant($"申报税收及社会保险费债权{added.Count}项，合计{added.Sum(l => l.Declared):#,0.00}元")));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    /// <summary>The bureau as creditor: the declaring officer's tax unit, or the county's first tax unit.</summary>
    private async Task<string> CreditorAsync(CancellationToken cancellationToken)
    {
        if (unit.Unit is { Kind: UnitKind.Tax } own && await units.FindAsync(own.Id, cancellationToken) is { } found)
        {
            return found.Name;
        }

        return (await units.ActiveAsync(UnitKind.Tax, cancellationToken)) is [var first, ..] ? first.Name : "税务机关";
    }
}
