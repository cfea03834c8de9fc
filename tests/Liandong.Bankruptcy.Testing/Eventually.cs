using Xunit;

namespace Liandong.Bankruptcy.Testing;

/// <summary>Waits for what follows a commit asynchronously (a message handled, a notification received).</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition never held.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
