namespace Liandong.Bankruptcy.Platform.Hosting;

/// <summary>
/// What this process was started to do: serve (no verb), <c>migrate</c> (schemas, message store, policies, reference
/// data), or <c>seed-demo</c> (demo data; refused in Production). The verbs alone use the owner's credentials.
/// </summary>
public sealed record HostVerb(string Name)
{
    public const string Migrate = "migrate";
    public const string SeedDemo = "seed-demo";

    public bool UsesOwner => Name is Migrate or SeedDemo;

    public static HostVerb Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var first = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        return first switch
        {
            null => new HostVerb("serve"),
            Migrate or SeedDemo => new HostVerb(first),
            _ => throw new ArgumentException($"Unknown command '{first}'. Use: migrate | seed-demo | (none to serve)."),
        };
    }
}
