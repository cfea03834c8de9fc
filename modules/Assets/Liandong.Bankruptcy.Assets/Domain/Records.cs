using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Assets.Domain;

public enum TakeoverCategory
{
    Seals,       // 印章
    Books,       // 账簿、文书
    Premises,    // 场所
    Licences,    // 证照
    Vehicles,    // 车辆
    Systems,     // 信息系统
    Other,
}

public enum TakeoverStatus
{
    Pending,
    HandedOver,
    Obstructed, // someone stands in the way: public security's help asked as an item
}

/// <summary>One line of the takeover checklist (art. 15, 25(1)): what, who handed it over, who received it, when.</summary>
internal sealed class TakeoverItem : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private TakeoverItem()
    {
    }

    public TakeoverItem(Guid caseId, int number, TakeoverCategory category, string description) =>
        (CaseId, Number, Category, Description) = (caseId, number, category, description);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public TakeoverCategory Category { get; private set; }

    public string Description { get; private set; } = "";

    public TakeoverStatus Status { get; private set; }

    public string? HandedOverBy { get; private set; }

    public string? ReceivedBy { get; private set; }

    public DateOnly? On { get; private set; }

    public string? Note { get; private set; }

    /// <summary>How many times public security was asked to help (each its own item).</summary>
    public int PoliceRequests { get; private set; }

    public void Record(TakeoverStatus status, string? handedOverBy, string? receivedBy, DateOnly on, string? note)
    {
        (Status, HandedOverBy, ReceivedBy, On, Note) = (status, handedOverBy, receivedBy, on, note);
        if (status == TakeoverStatus.Obstructed)
        {
            PoliceRequests++;
        }
    }
}

public enum AssetKind
{
    RealEstate,
    LandUseRight,
    Vehicle,
    Equipment,
    Inventory,
    Equity,
    Receivable,
    Deposit, // deposits and wealth-management products
    IntellectualProperty,
    Other,
}

public enum AssetStatus
{
    Held,
    Returned, // to its owner, under the right of retrieval (art. 38)
    Realized,
}

/// <summary>The ranks a charge on one property takes, first paid first (domain.md, "Distribution order" 1).</summary>
public enum EncumbranceRank
{
    ConsumerHomeBuyer,  // 商品房消费者 (法释〔2023〕1号)
    ConstructionPrice,  // 建设工程价款优先权
    MortgageOrPledge,   // 抵押、质押 (arts. 109–110)
}

public enum RetrievalStatus
{
    Claimed,
    Accepted,
    Rejected,
}

/// <summary>
/// A thing of the estate in the register: kind, description, where it is, its appraisal, its charges in rank order with
/// the secured claim each stands for, its seizures, a third party's retrieval claim, and the inquiry result it came from.
/// </summary>
internal sealed class Asset : Entity, ITenantOwned
{
    public const int MaxText = 300;
    public const int MaxEncumbrances = 20;

    private Asset()
    {
    }

    public Asset(Guid caseId, int number) => (CaseId, Number) = (caseId, number);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public AssetKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public string? Location { get; private set; }

    /// <summary>The registration or identifying number (不动产权证号, plate, account …).</summary>
    public string? Identifier { get; private set; }

    public decimal? AppraisedValue { get; private set; }

    public DateOnly? AppraisedOn { get; private set; }

    public AssetStatus Status { get; private set; }

    /// <summary>The inquiry and result line it was recorded from, when it was.</summary>
    public int? InquiryNumber { get; private set; }

    public int? ResultPosition { get; private set; }

    public List<Encumbrance> Encumbrances { get; private set; } = [];

    public string? RetrievalClaimant { get; private set; }

    public string? RetrievalBasis { get; private set; }

    public DateOnly? RetrievalClaimedOn { get; private set; }

    public RetrievalStatus? Retrieval { get; private set; }

    public DateOnly? RetrievalDecidedOn { get; private set; }

    /// <summary>Movables take the shorter auction notices (SPC online judicial auction rules arts. 12, 26); real estate and other property rights the longer.</summary>
    public bool IsMovable => Kind is AssetKind.Vehicle or AssetKind.Equipment or AssetKind.Inventory or AssetKind.Other;

    public void Describe(AssetKind kind, string description, string? location, string? identifier, decimal? appraisedValue, DateOnly? appraisedOn,
        IEnumerable<(EncumbranceRank Rank, string Holder, decimal Amount, int? ClaimNumber)> encumbrances)
    {
        (Kind, Description, Location, Identifier, AppraisedValue, AppraisedOn) = (kind, description, location, identifier, appraisedValue, appraisedOn);
        Encumbrances.Clear();
        var position = 0;
        foreach (var (rank, holder, amount, claim) in encumbrances.OrderBy(e => e.Rank))
        {
            Encumbrances.Add(new Encumbrance(Id, ++position, rank, holder, amount, claim));
        }
    }

    public void From(int inquiry, int result) => (InquiryNumber, ResultPosition) = (inquiry, result);

    public void ClaimRetrieval(string claimant, string basis, DateOnly on) =>
        (RetrievalClaimant, RetrievalBasis, RetrievalClaimedOn, Retrieval, RetrievalDecidedOn) = (claimant, basis, on, RetrievalStatus.Claimed, null);

    public void DecideRetrieval(bool accepted, DateOnly on)
    {
        (Retrieval, RetrievalDecidedOn) = (accepted ? RetrievalStatus.Accepted : RetrievalStatus.Rejected, on);
        if (accepted)
        {
            Status = AssetStatus.Returned;
        }
    }

    public void Realized() => Status = AssetStatus.Realized;
}

/// <summary>A charge on an asset at its rank (the position orders charges of one rank), for the secured claim of the Cases register it stands for.</summary>
internal sealed class Encumbrance : Entity, ITenantOwned
{
    private Encumbrance()
    {
    }

    public Encumbrance(Guid assetId, int position, EncumbranceRank rank, string holder, decimal amount, int? claimNumber) =>
        (AssetId, Position, Rank, Holder, Amount, ClaimNumber) = (assetId, position, rank, holder, amount, claimNumber);

    public Guid TenantId { get; private set; }

    public Guid AssetId { get; private set; }

    public int Position { get; private set; }

    public EncumbranceRank Rank { get; private set; }

    public string Holder { get; private set; } = "";

    public decimal Amount { get; private set; }

    /// <summary>The number of the secured claim in the Cases claims register, when declared.</summary>
    public int? ClaimNumber { get; private set; }
}

public enum SeizureStatus
{
    Seized,
    LiftingRequested,
    Lifted,
}

/// <summary>The escalation of a lifting request, each step its own item: a letter to the seizing body, its superior, the bankruptcy court's ruling.</summary>
public enum LiftingStep
{
    None,
    Letter,
    Superior,
    CourtRuling,
}

/// <summary>
/// A seizure, freeze or attachment on an asset (查封、扣押、冻结): who, by which document, when; lifted on acceptance
/// (art. 19), by a request escalating from a letter to the seizing body's superior to the court's ruling; another court's
/// enforcement division stays its case and hands over what it holds (proceeds into the administrator's account).
/// </summary>
internal sealed class Seizure : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private Seizure()
    {
    }

    public Seizure(Guid caseId, Guid assetId, int number, string seizingBody, string? unitKind, string documentNumber, DateOnly seizedOn) =>
        (CaseId, AssetId, Number, SeizingBody, UnitKind, DocumentNumber, SeizedOn) = (caseId, assetId, number, seizingBody, unitKind, documentNumber, seizedOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public Guid AssetId { get; private set; }

    public int Number { get; private set; }

    public string SeizingBody { get; private set; } = "";

    /// <summary>The kind of the county's member unit that seized (the Platform <c>UnitKind</c>), or null for a body outside the county's units.</summary>
    public string? UnitKind { get; private set; }

    public string DocumentNumber { get; private set; } = "";

    public DateOnly SeizedOn { get; private set; }

    public SeizureStatus Status { get; private set; }

    public LiftingStep Step { get; private set; }

    public DateOnly? StepOn { get; private set; }

    public DateOnly? LiftedOn { get; private set; }

    /// <summary>What the seizing body handed over with the lifting (another court's enforcement proceeds), booked as a receipt.</summary>
    public decimal? ProceedsHandedOver { get; private set; }

    public void Request(LiftingStep step, DateOnly on) => (Status, Step, StepOn) = (SeizureStatus.LiftingRequested, step, on);

    public void Lift(DateOnly on, decimal? proceeds) => (Status, LiftedOn, ProceedsHandedOver) = (SeizureStatus.Lifted, on, proceeds);
}

public enum InquiryTarget
{
    RealEstate,     // 不动产登记中心
    Vehicles,       // 公安机关车辆管理所
    Equity,         // 市场监管部门
    Deposits,       // 人民银行、商业银行：存款、理财
    ProvidentFund,  // 住房公积金
}

public enum InquiryStatus
{
    Sent,
    Answered,
}

/// <summary>One standard query of the one-window inquiry (查人找物), to one registry as its unit's item, with its structured answer.</summary>
internal sealed class Inquiry : Entity, ITenantOwned
{
    public const int MaxResults = 200;

    private Inquiry()
    {
    }

    public Inquiry(Guid caseId, int number, InquiryTarget target, DateOnly sentOn) => (CaseId, Number, Target, SentOn) = (caseId, number, target, sentOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public InquiryTarget Target { get; private set; }

    public DateOnly SentOn { get; private set; }

    public InquiryStatus Status { get; private set; }

    public DateOnly? AnsweredOn { get; private set; }

    public string? AnsweredBy { get; private set; }

    public string? Note { get; private set; }

    public List<InquiryResult> Results { get; private set; } = [];

    public void Answer(DateOnly on, string answeredBy, string? note, IEnumerable<(string Description, string? Identifier, string? Location, decimal? Value, string? Restrictions)> results)
    {
        (Status, AnsweredOn, AnsweredBy, Note) = (InquiryStatus.Answered, on, answeredBy, note);
        var position = 0;
        foreach (var (description, identifier, location, value, restrictions) in results)
        {
            Results.Add(new InquiryResult(Id, ++position, description, identifier, location, value, restrictions));
        }
    }
}

/// <summary>A line of an inquiry's answer: what was found (a property, a vehicle, a shareholding, an account), and the asset recorded from it.</summary>
internal sealed class InquiryResult : Entity, ITenantOwned
{
    public const int MaxText = 300;

    private InquiryResult()
    {
    }

    public InquiryResult(Guid inquiryId, int position, string description, string? identifier, string? location, decimal? value, string? restrictions) =>
        (InquiryId, Position, Description, Identifier, Location, Value, Restrictions) = (inquiryId, position, description, identifier, location, value, restrictions);

    public Guid TenantId { get; private set; }

    public Guid InquiryId { get; private set; }

    public int Position { get; private set; }

    public string Description { get; private set; } = "";

    public string? Identifier { get; private set; }

    public string? Location { get; private set; }

    /// <summary>A balance or a registered value, when the registry gives one.</summary>
    public decimal? Value { get; private set; }

    /// <summary>Seizures, mortgages or other restrictions the registry shows.</summary>
    public string? Restrictions { get; private set; }

    public int? AssetNumber { get; set; }
}
