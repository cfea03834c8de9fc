using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Assets.Features.Files.Takeover;

/// <summary>One line of the checklist: what is to be taken over (seals, books, premises, licences, vehicles, systems, other).</summary>
internal sealed record TakeoverLineRequest(TakeoverCategory? Category, string? Description);

/// <summary>The lines to add to the takeover checklist (1 to 100 at a time).</summary>
internal sealed record AddTakeoverItemsRequest([property: MaxItems(AddTakeoverItemsRequest.MaxLines)] List<TakeoverLineRequest>? Items) : IValidatable
{
    public const int MaxLines = 100;

    public void Validate(ValidationErrors errors)
    {
        if (Items is not { Count: > 0 })
        {
            errors.Add("items", "validation.required");
            return;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            errors.Defined($"items[{i}].category", Items[i]?.Category);
            errors.RequiredText($"items[{i}].description", Items[i]?.Description, TakeoverItem.MaxText);
        }
    }
}

/// <summary>The takeover checklist (财产接管, arts. 15, 25(1)) grows by the lines named, numbered in the case.</summary>
internal sealed class AddTakeoverItems(AssetsDbContext db, AssetFileReader files)
{
    public async Task HandleAsync(Guid caseId, uint expected, AddTakeoverItemsRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.AddTakeover([.. request.Items!.Select(i => (i.Category!.Value, i.Description!.Trim()))]).OrRefuse(AssetFile.MaxTakeover);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>How a line went: handed over (by whom, received by whom) or obstructed (public security's help asked), on a day, with a note.</summary>
internal sealed record RecordTakeoverRequest(TakeoverStatus? Status, string? HandedOverBy, string? ReceivedBy, DateOnly? On, string? Note) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("status", Status);
        if (Status == TakeoverStatus.Pending)
        {
            errors.Add("status", "validation.invalid_value");
        }

        if (Status == TakeoverStatus.HandedOver)
        {
            errors.RequiredText("handedOverBy", HandedOverBy, 100);
            errors.RequiredText("receivedBy", ReceivedBy, 100);
        }
        else
        {
            errors.OptionalText("handedOverBy", HandedOverBy, 100);
            errors.OptionalText("receivedBy", ReceivedBy, 100);
        }

        if (Status == TakeoverStatus.Obstructed)
        {
            errors.RequiredText("note", Note, TakeoverItem.MaxText);
        }
        else
        {
            errors.OptionalText("note", Note, TakeoverItem.MaxText);
        }

        errors.RequiredDate("on", On);
    }
}

/// <summary>
/// A checklist line recorded. Obstructed: public security is asked to help, as its item (each obstruction its own);
/// handed over after that: the item is answered.
/// </summary>
internal sealed class RecordTakeover(IDbContextOutbox<AssetsDbContext> outbox, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, RecordTakeoverRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.On!.Value;
        clock.NotInFuture(on);
        var (outcome, item) = file.RecordTakeover(number, request.Status!.Value, Trim(request.HandedOverBy), Trim(request.ReceivedBy), on, Trim(request.Note));
        outcome.OrRefuse(file.AcceptedOn.GetValueOrDefault());
        if (item!.Status == TakeoverStatus.Obstructed)
        {
            await outbox.ObstructedAsync(caseId, item);
        }
        else if (item.PoliceRequests > 0)
        {
            await outbox.AnswerAsync(caseId, AssetItems.TakeoverKind(number), on, $"已接管：{item.Description}");
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
