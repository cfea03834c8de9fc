using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Platform.ProtectedData;

/// <summary>Protect a personal value, look it up by hash, and read it in full (permission-checked and audited).</summary>
public interface IProtectedData
{
    ProtectedValue Protect(string clear);

    /// <summary>The keyed hash of a clear value, to find rows holding it (exact match only).</summary>
    string HashOf(string clear);

    /// <summary>
    /// The clear value for a user who holds <see cref="PlatformPermissions.ProtectedDataRead"/>; the read is audited
    /// against the entity. Refused (403) without the permission.
    /// </summary>
    Task<string> RevealAsync(ClaimsPrincipal user, string entityType, string entityId, string propertyName, ProtectedValue value, CancellationToken cancellationToken);
}

/// <summary>Keys from configuration or a key file, never from the database: a key id per value, so keys can rotate.</summary>
public sealed class ProtectedDataOptions
{
    public const string Section = "Liandong:ProtectedData";

    /// <summary>Key id → base64 of 32 random bytes (AES-256-GCM). Old keys stay to read old values.</summary>
    public Dictionary<string, string> Keys { get; init; } = [];

    /// <summary>The key new values are encrypted with.</summary>
    public string CurrentKey { get; set; } = "";

    /// <summary>Base64 of the HMAC-SHA256 key of the lookup hash (does not rotate with the encryption keys).</summary>
    public string HashKey { get; set; } = "";

    /// <summary>Optional path of a JSON file with the same three settings, for keys kept in a file outside the repository.</summary>
    public string? KeyFile { get; set; }

    private static readonly System.Text.Json.JsonSerializerOptions FileFormat = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Adds what <see cref="KeyFile"/> holds; settings given directly win.</summary>
    internal void LoadKeyFile()
    {
        if (KeyFile is not { Length: > 0 } file)
        {
            return;
        }

        var fromFile = System.Text.Json.JsonSerializer.Deserialize<ProtectedDataOptions>(File.ReadAllText(file), FileFormat)!;
        foreach (var (id, key) in fromFile.Keys)
        {
            Keys.TryAdd(id, key);
        }

        CurrentKey = CurrentKey is { Length: > 0 } ? CurrentKey : fromFile.CurrentKey;
        HashKey = HashKey is { Length: > 0 } ? HashKey : fromFile.HashKey;
    }

    internal bool IsComplete(out string problem)
    {
        problem = Keys.Count == 0 ? "no keys"
            : !Keys.ContainsKey(CurrentKey) ? $"current key '{CurrentKey}' is not among the keys"
            : string.IsNullOrEmpty(HashKey) ? "no hash key"
            : "";
        return problem.Length == 0;
    }
}

internal sealed class ProtectedDataService(
    IOptions<ProtectedDataOptions> options, IPermissionChecker permissions, IServiceScopeFactory scopes, ICurrentTenant currentTenant,
    IAuditContext audit, TimeProvider clock) : IProtectedData
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public ProtectedValue Protect(string clear)
    {
        ArgumentException.ThrowIfNullOrEmpty(clear);
        var keyId = options.Value.CurrentKey;
        var plain = Encoding.UTF8.GetBytes(clear);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(Key(keyId), TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(keyId));
        }

        return new ProtectedValue($"{keyId}:{Convert.ToBase64String(sealedBytes)}", HashOf(clear), Masking.Mask(clear));
    }

    public string HashOf(string clear) =>
        Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(options.Value.HashKey), Encoding.UTF8.GetBytes(clear)));

    public async Task<string> RevealAsync(
        ClaimsPrincipal user, string entityType, string entityId, string propertyName, ProtectedValue value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!await permissions.IsGrantedAsync(user, PlatformPermissions.ProtectedDataRead, cancellationToken))
        {
            throw new BusinessException("platform.forbidden", 403);
        }

        var clear = Decrypt(value.Cipher);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.AuditChanges.Add(new AuditChange(
            currentTenant.Id ?? Tenants.Host, audit.UserId, audit.CorrelationId, entityType, entityId, "ProtectedRead",
            $"{{\"{propertyName}\":\"read\"}}", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return clear;
    }

    internal string Decrypt(string cipher)
    {
        var separator = cipher.IndexOf(':', StringComparison.Ordinal);
        var keyId = cipher[..separator];
        var sealedBytes = Convert.FromBase64String(cipher[(separator + 1)..]);
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(Key(keyId), TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), plain, Encoding.UTF8.GetBytes(keyId));
        return Encoding.UTF8.GetString(plain);
    }

    private byte[] Key(string keyId) =>
        options.Value.Keys.TryGetValue(keyId, out var key)
            ? Convert.FromBase64String(key)
            : throw new InvalidOperationException($"Protected-data key '{keyId}' is not configured ({ProtectedDataOptions.Section}:Keys).");
}
