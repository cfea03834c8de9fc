namespace Liandong.Bankruptcy.Platform;

/// <summary>A resource's representation that carries the version of its aggregate (served as its ETag).</summary>
public interface IVersioned
{
    uint Version { get; }
}
