using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Messages;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Wolverine.Persistence.Durability;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Host;

/// <summary>Dead-lettered messages and their replay, for host administrators.</summary>
[RequirePermission(PlatformPermissions.MessagesManage)]
internal sealed class MessagesModel(IMessageStore store, DatabaseSettings database) : PageModel
{
    public IReadOnlyList<DeadLetterDto> DeadLetters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        DeadLetters = (await DeadLetterEndpoints.List(database, cancellationToken)).Value!;

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("ReplayDeadLetter")]
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await DeadLetterEndpoints.Replay(id, store, database, cancellationToken);
        return Redirect("/host/messages");
    }
}
