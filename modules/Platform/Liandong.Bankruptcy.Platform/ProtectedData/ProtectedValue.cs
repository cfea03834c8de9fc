using System.Text.Json;
using System.Text.Json.Serialization;

namespace Liandong.Bankruptcy.Platform.ProtectedData;

/// <summary>
/// A personal value (resident ID number and the like) as stored: ciphertext with its key id, a keyed hash for exact
/// lookups and duplicates, and the masked form. It never holds the clear value: <see cref="ToString"/>, JSON and
/// logs see only <see cref="Masked"/>; the clear value comes only from <see cref="IProtectedData"/>.
/// </summary>
[JsonConverter(typeof(MaskedJsonConverter))]
public sealed record ProtectedValue(string Cipher, string Hash, string Masked)
{
    public override string ToString() => Masked;

    private sealed class MaskedJsonConverter : JsonConverter<ProtectedValue>
    {
        public override ProtectedValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new JsonException("A protected value is never read from JSON; protect the clear value instead.");

        public override void Write(Utf8JsonWriter writer, ProtectedValue value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Masked);
    }
}

/// <summary>The one masking rule for API, pages, exports and logs: the first 3 and last 4 characters stay, the rest is *.</summary>
public static class Masking
{
    public static string Mask(string clear)
    {
        ArgumentNullException.ThrowIfNull(clear);
        return clear.Length < 8
            ? new string('*', clear.Length)
            : string.Concat(clear.AsSpan(0, 3), new string('*', clear.Length - 7), clear.AsSpan(clear.Length - 4));
    }
}
