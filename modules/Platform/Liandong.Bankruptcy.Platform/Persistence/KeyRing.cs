using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// ASP.NET Core data protection's key ring, one for every host, in <c>platform.data_protection_keys</c> (Platform's
/// migrations own the table). The library reads and writes it synchronously, which a multiplexed pool refuses, so it
/// has connections of its own from a pool that is never multiplexed, whatever the configured string says.
/// The table has no county (a key serves every county) and no row-level security.
/// </summary>
internal sealed class KeyRing(DatabaseSettings database, ILogger<KeyRing> logger) : IXmlRepository
{
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Multiplexing = false }.ConnectionString;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT xml FROM platform.data_protection_keys ORDER BY id", connection);
        using var reader = command.ExecuteReader();
        var keys = new List<XElement>();
        while (reader.Read())
        {
            // A row that is not a key's XML is left out, as EF's repository leaves it out; the others still serve.
            if (reader.IsDBNull(0) || Parse(reader.GetString(0)) is not { } key)
            {
                logger.LogWarning("A row of the data-protection key ring is not a key's XML; it is left out.");
                continue;
            }

            keys.Add(key);
        }

        return keys;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("INSERT INTO platform.data_protection_keys (friendly_name, xml) VALUES ($1, $2)", connection)
        {
            Parameters = { new() { Value = friendlyName }, new() { Value = element.ToString(SaveOptions.DisableFormatting) } },
        };
        command.ExecuteNonQuery();
        logger.LogInformation("Data-protection key {FriendlyName} stored in the key ring.", friendlyName);
    }

    private static XElement? Parse(string xml)
    {
        try
        {
            return XElement.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
