using Liandong.Bankruptcy.Coordination.Features;
using Liandong.Bankruptcy.Coordination.Features.Meetings;
using Liandong.Bankruptcy.Coordination.Features.Meetings.Circulate;
using Liandong.Bankruptcy.Coordination.Features.Meetings.RecordMemo;
using Liandong.Bankruptcy.Coordination.Features.Meetings.SendUp;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Coordination.Areas.Coordination.Pages;

/// <summary>
/// One meeting, printable as its memo: who attended, the cases, the memo and each decided item with its unit, due date,
/// state and result; the office's forms: record the memo (each decision an item for its unit), send up, circulate.
/// </summary>
[RequirePermission(CoordinationPermissions.Meetings)]
[PostRequiresPermission(CoordinationPermissions.ManageMeetings)]
internal sealed class MeetingModel(MeetingReader meetings, IUnitDirectory units, TimeProvider clock) : FormPage
{
    public const int DecisionRows = 6;

    public MeetingDto Meeting { get; private set; } = null!;

    public IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    protected override string? ManagePermission => CoordinationPermissions.ManageMeetings;

    public DateOnly Today { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostMemoAsync(Guid id, uint version, string? memo, List<DecisionRequest> decisions, [FromServices] RecordMemo record, CancellationToken cancellationToken)
    {
        var request = new MemoRequest(memo, [.. decisions.Where(d => !string.IsNullOrWhiteSpace(d.Text))]);
        return SubmitAsync(CoordinationPermissions.ManageMeetings, request, () => record.HandleAsync(id, version, request, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostSendUpAsync(Guid id, uint version, DateRequest step, [FromServices] SendUpMemo sendUp, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.ManageMeetings, step, () => sendUp.HandleAsync(id, version, step, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCirculateAsync(Guid id, uint version, DateRequest step, [FromServices] CirculateMemo circulate, CancellationToken cancellationToken) =>
        SubmitAsync(CoordinationPermissions.ManageMeetings, step, () => circulate.HandleAsync(id, version, step, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Meeting = await meetings.GetAsync(id, cancellationToken);
        Today = clock.Today();
        Units = CanManage && Meeting.Memo is null ? await units.ActiveAsync(cancellationToken) : [];
    }
}
