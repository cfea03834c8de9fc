using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings;

/// <summary>Coordination meetings and their memos: schedule, record the memo, send up, circulate; the memo as .docx.</summary>
internal static class MeetingsFeature
{
    public static void AddMeetings(this IServiceCollection services)
    {
        services.AddScoped<MeetingReader>();
        services.AddScoped<Schedule.ScheduleMeeting>();
        services.AddScoped<RecordMemo.RecordMemo>();
        services.AddScoped<SendUp.SendUpMemo>();
        services.AddScoped<Circulate.CirculateMemo>();
    }

    /// <summary>Under <c>/coordination/meetings</c>.</summary>
    public static void MapMeetings(this IEndpointRouteBuilder meetings)
    {
        List.ListMeetingsEndpoint.Map(meetings);
        Get.GetMeetingEndpoint.Map(meetings);
        Memo.DownloadMemoEndpoint.Map(meetings);
        Schedule.ScheduleMeetingEndpoint.Map(meetings);
        RecordMemo.RecordMemoEndpoint.Map(meetings);
        SendUp.SendUpMemoEndpoint.Map(meetings);
        Circulate.CirculateMemoEndpoint.Map(meetings);
    }
}
