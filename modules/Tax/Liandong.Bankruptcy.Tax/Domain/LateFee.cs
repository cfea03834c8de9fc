using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Tax.Domain;

/// <summary>
/// The late fee on unpaid tax (Tax Collection Law art. 32; social insurance, Social Insurance Law art. 86): 0.05 % of the
/// unpaid amount a day, from the day after the payment due date through the acceptance date inclusive (SAT and SPC
/// 2025 No. 24), none after acceptance (SPC Interpretation III art. 3). Rounded half away from zero to the cent.
/// </summary>
internal static class LateFee
{
    /// <summary>0.05 % a day (万分之五), exactly.</summary>
    public const decimal DailyRate = 0.0005m;

    public static LateFeeComputation Compute(decimal unpaid, DateOnly dueDate, DateOnly acceptedOn)
    {
        var days = DeadlineCalculator.DaysCounted(dueDate, acceptedOn);
        var amount = Math.Round(unpaid * DailyRate * days, 2, MidpointRounding.AwayFromZero);
        return new LateFeeComputation(unpaid, days, days > 0 ? dueDate.AddDays(1) : null, days > 0 ? acceptedOn : null, amount);
    }
}

/// <summary>The arithmetic as the user sees it: <c>Unpaid × 0.05 % × Days = Amount</c>, counted From … Through.</summary>
internal sealed record LateFeeComputation(decimal Unpaid, int Days, DateOnly? From, DateOnly? Through, decimal Amount)
{
    public string Arithmetic =>
        Days == 0 ? "0.00" : FormattableString.Invariant($"{Unpaid:#,0.00} × 0.05% × {Days} = {Amount:#,0.00}");
}
