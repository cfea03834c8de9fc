using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Cases.Features.Requests;

/// <summary>A request (请示) as the list and every write on it answer it.</summary>
internal sealed record RequestDto(
    Guid Id, int Number, RequestKind Kind, string Subject, string Text, DateOnly RequestedOn, RequestStatus Status, string? Reply, DateOnly? RepliedOn, uint Version)
    : IVersioned
{
    public static RequestDto From(CourtRequest r) => new(r.Id, r.Number, r.Kind, r.Subject, r.Text, r.RequestedOn, r.Status, r.Reply, r.RepliedOn, r.Version);
}
