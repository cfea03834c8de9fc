using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files.Inquiries;

/// <summary>The registries to ask (one inquiry each; 1 to 5 targets) and the day.</summary>
internal sealed record SendInquiriesRequest([property: MaxItems(SendInquiriesRequest.MaxTargets)] List<InquiryTarget>? Targets, DateOnly? SentOn) : IValidatable
{
    public const int MaxTargets = 5;

    public void Validate(ValidationErrors errors)
    {
        if (Targets is not { Count: > 0 })
        {
            errors.Add("targets", "validation.required");
        }
        else if (Targets.Any(t => !Enum.IsDefined(t)))
        {
            errors.Add("targets", "validation.invalid_value");
        }

        errors.RequiredDate("sentOn", SentOn);
    }
}

/// <summary>
/// The one-window asset inquiry (查人找物): one standard query per registry — real estate to the registration centre,
/// vehicles to public security, equity to market regulation, deposits and wealth products to the banks, the housing
/// provident fund — each its registry's item, due in 7 working days.
/// </summary>
internal sealed class SendInquiries(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, SendInquiriesRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.SentOn!.Value;
        clock.NotInFuture(on, "sentOn");
        var (outcome, sent) = file.SendInquiries(request.Targets!, on);
        outcome.OrRefuse(file.AcceptedOn.GetValueOrDefault());
        foreach (var inquiry in sent)
        {
            await outbox.InquireAsync(caseId, inquiry);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}

/// <summary>A line of the registry's answer: what it found, its registration number, where, a value or balance, restrictions shown.</summary>
internal sealed record InquiryResultRequest(string? Description, string? Identifier, string? Location, decimal? Value, string? Restrictions);

/// <summary>The registry's answer: the day, a note (nothing found is an answer with no lines), at most 200 lines.</summary>
internal sealed record AnswerInquiryRequest(
    DateOnly? AnsweredOn, string? Note, [property: MaxItems(Inquiry.MaxResults)] List<InquiryResultRequest>? Results) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("answeredOn", AnsweredOn);
        errors.OptionalText("note", Note, InquiryResult.MaxText);
        for (var i = 0; i < (Results?.Count ?? 0); i++)
        {
            var r = Results![i];
            errors.RequiredText($"results[{i}].description", r?.Description, InquiryResult.MaxText);
            errors.OptionalText($"results[{i}].identifier", r?.Identifier, 100);
            errors.OptionalText($"results[{i}].location", r?.Location, InquiryResult.MaxText);
            errors.OptionalText($"results[{i}].restrictions", r?.Restrictions, InquiryResult.MaxText);
            Register.AssetRequest.Money(errors, $"results[{i}].value", r?.Value);
        }
    }
}

/// <summary>
/// The registry answers its inquiry in structured lines (only a user of the unit kind it went to: 403 otherwise, after
/// the 404 of another county's case); its item is answered, and for real estate also the acceptance template's property
/// query. Each line can then become an asset record.
/// </summary>
internal sealed class AnswerInquiry(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, ICurrentUnit unit, IUnitDirectory units, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, AnswerInquiryRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var inquiry = file.InquiryOf(number) ?? throw new BusinessException("assets.no_such_inquiry", 404);
        if (unit.Unit is not { } own || own.Kind != AssetItems.UnitOf(inquiry.Target))
        {
            throw new BusinessException("assets.not_the_inquired_unit", 403);
        }

        var on = request.AnsweredOn!.Value;
        clock.NotInFuture(on, "answeredOn");
        var name = (await units.FindAsync(own.Id, cancellationToken))?.Name ?? own.Kind.ToString();
        var results = (request.Results ?? []).Select(r => (r.Description!.Trim(), Register.AssetRequest.Text(r.Identifier), Register.AssetRequest.Text(r.Location), r.Value,
            Register.AssetRequest.Text(r.Restrictions))).ToList();
        file.AnswerInquiry(number, on, name, Register.AssetRequest.Text(request.Note), results).Outcome.OrRefuse();
        var summary = results.Count == 0 ? "未查询到财产" : $"查询到 {results.Count} 项";
        await outbox.AnswerAsync(caseId, AssetItems.InquiryKind(number), on, summary);
        if (inquiry.Target == InquiryTarget.RealEstate)
        {
            await outbox.AnswerAsync(caseId, ItemKinds.PropertyQuery, on, $"不动产查询（查人找物第{number}号）：{summary}");
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
