namespace Liandong.Bankruptcy.Testing;

/// <summary>Splits the small psql scripts of etc/sql into statements; a statement ended by \gexec runs its result rows.</summary>
internal static class PsqlScript
{
    public static IEnumerable<(string Sql, bool ExecuteResult)> Statements(string script)
    {
        var current = new System.Text.StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("--", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            if (line.EndsWith("\\gexec", StringComparison.Ordinal))
            {
                current.AppendLine(line[..^"\\gexec".Length]);
                yield return (current.ToString(), true);
                current.Clear();
            }
            else if (line.EndsWith(';'))
            {
                current.AppendLine(line);
                yield return (current.ToString(), false);
                current.Clear();
            }
            else
            {
                current.AppendLine(line);
            }
        }
    }
}
