using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Coordination.Features;

/// <summary>A step that only needs its date: sent up, circulated, resolved.</summary>
internal sealed record DateRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
