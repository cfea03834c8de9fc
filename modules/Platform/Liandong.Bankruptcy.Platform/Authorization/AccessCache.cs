using System.Collections.Concurrent;

namespace Liandong.Bankruptcy.Platform.Authorization;

/// <summary>
/// Values read from the database and kept under the <see cref="AccessVersion"/> they were read at (a user's grants, a
/// user's directory entry), each loaded once per key and version however many requests miss at once: after a start or
/// a change of access, a user's requests in flight would otherwise each read the same rows (sixteen at once under
/// `etc/measure.sh load`, each on a connection of its own). A waiting request's cancellation ends its own wait only; a
/// load that fails is not kept, nor a value <c>keep</c> refuses (an unknown sign-in name).
/// </summary>
internal sealed class AccessCache<TKey, TValue>(AccessVersion version, IEqualityComparer<TKey>? comparer = null, Func<TValue, bool>? keep = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Version, Task<TValue> Value)> _entries = new(comparer);

    public ValueTask<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> load, CancellationToken cancellationToken)
    {
        var current = version.Current;
        if (!_entries.TryGetValue(key, out var entry) || entry.Version < current)
        {
            entry = Start(key, current, load);
        }

        return entry.Value.IsCompletedSuccessfully ? new(entry.Value.Result) : new(entry.Value.WaitAsync(cancellationToken));
    }

    private (long Version, Task<TValue> Value) Start(TKey key, long current, Func<TKey, Task<TValue>> load)
    {
        var loading = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var mine = (current, loading.Task);
        var installed = _entries.AddOrUpdate(key, mine, (_, existing) => existing.Version >= current ? existing : mine);
        if (installed.Value == loading.Task)
        {
            _ = LoadAsync();
        }

        return installed;

        async Task LoadAsync()
        {
            try
            {
                var value = await load(key);
                if (keep is not null && !keep(value))
                {
                    _entries.TryRemove(KeyValuePair.Create(key, mine));
                }

                loading.SetResult(value);
            }
            catch (Exception e)
            {
                _entries.TryRemove(KeyValuePair.Create(key, mine));
                loading.SetException(e);
            }
        }
    }
}
