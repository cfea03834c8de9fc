using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>
/// A county's distribution settings: how far its province moves the administrator's fee caps (SPC fee rules art. 2(2):
/// −30 % to +30 %), and whether tax that arose before a mortgage ranks ahead of it on the collateral (征管法 art. 45; disputed,
/// off by default). A county without a row uses the defaults.
/// </summary>
internal sealed class AssetsSettings : AggregateRoot, ITenantOwned
{
    public Guid TenantId { get; private set; }

    public decimal FeeAdjustmentPercent { get; private set; }

    public bool TaxBeforeMortgage { get; private set; }

    public void Update(decimal feeAdjustmentPercent, bool taxBeforeMortgage)
    {
        (FeeAdjustmentPercent, TaxBeforeMortgage) = (feeAdjustmentPercent, taxBeforeMortgage);
        Touch();
    }
}
