using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Message handlers run inside their envelope's county; a message without one fails loudly.</summary>
public sealed class MessageTenancyTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_sent_inside_a_county_is_handled_inside_it()
    {
        var county = await host.CreateCountyAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();

        using (host.Services.GetRequiredService<ICurrentTenant>().Change(county.Id))
        {
            await bus.PublishAsync(new CountyCreated(county.Id, county.DivisionCode, county.Name)); // no explicit county: the rule stamps it
        }

        await Eventually(async () => await Scalar("SELECT count(*) FROM platform.units WHERE tenant_id = @id", county.Id) == 15);
        await Eventually(async () => await Scalar("SELECT count(*) FROM platform.roles WHERE tenant_id = @id", county.Id) == 15);
    }

    [Fact]
    public async Task A_message_without_a_county_is_refused_and_dead_lettered_and_changes_nothing()
    {
        var county = await host.CreateCountyAsync();
        await using var scope = host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();

        using (host.Services.GetRequiredService<ICurrentTenant>().Change(null))
        {
            await bus.PublishAsync(new CountyCreated(county.Id, county.DivisionCode, county.Name));
        }

        const string deadLetters = """
            SELECT count(*) FROM wolverine.wolverine_dead_letters
            WHERE message_type LIKE '%CountyCreated%' AND exception_message LIKE '%carries no county%' AND encode(body, 'escape') LIKE '%' || @id || '%'
            """;
        try
        {
            await Eventually(async () => await Scalar(deadLetters, county.Id.ToString()) == 1);
            (await Scalar("SELECT count(*) FROM platform.units WHERE tenant_id = @id", county.Id)).ShouldBe(0);
        }
        finally
        {
            await Scalar("WITH d AS (DELETE FROM wolverine.wolverine_dead_letters WHERE encode(body, 'escape') LIKE '%' || @id || '%' RETURNING 1) SELECT count(*) FROM d", county.Id.ToString());
        }
    }

    private Task<long> Scalar(string sql, object id) => host.Database.ScalarAsOwnerAsync<long>(sql, ("id", id));

    private static Task Eventually(Func<Task<bool>> condition) => Testing.Eventually.HoldsAsync(condition);
}
