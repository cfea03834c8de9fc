using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Publications;

/// <summary>A publication duty as the list and every write on it answer it.</summary>
internal sealed record PublicationDto(
    Guid Id, PublicationKind Kind, Publisher Publisher, PublicationChannel Channel, string Text, DateOnly StartsOn, DateOnly? DueOn, DateOnly? PublishedOn, uint Version)
    : IVersioned
{
    public static PublicationDto From(PublicationDuty p) => new(p.Id, p.Kind, p.Publisher, p.Channel, p.Text, p.StartsOn, p.DueOn, p.PublishedOn, p.Version);
}
