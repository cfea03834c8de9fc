using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Platform.Domain;

/// <summary>
/// A county or district (division code 4103xx) or the city level (410300): one tenant. Its id is the tenant id.
/// The registry is host-level reference data, on the reviewed list of tables outside row-level security.
/// </summary>
internal sealed class County : AggregateRoot
{
    private County()
    {
    }

    public County(Guid id, string divisionCode, string name, IEnumerable<string> courtCodes)
    {
        Id = id;
        DivisionCode = divisionCode;
        Name = name;
        CourtCodes = [.. courtCodes];
        IsActive = true;
    }

    public string DivisionCode { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>Court codes whose case numbers belong here (豫0305; the intermediate court's 豫03 is the city level's).</summary>
    public List<string> CourtCodes { get; private set; } = [];

    /// <summary>A deactivated county keeps its data and refuses every request (checked on each one).</summary>
    public bool IsActive { get; private set; }

    public void Update(string name, IEnumerable<string> courtCodes, bool isActive)
    {
        Name = name;
        CourtCodes = [.. courtCodes];
        IsActive = isActive;
    }
}
