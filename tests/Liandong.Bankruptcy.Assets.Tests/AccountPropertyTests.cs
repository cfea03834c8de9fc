using Liandong.Bankruptcy.Assets.Domain;

namespace Liandong.Bankruptcy.Assets.Tests;

/// <summary>
/// The administrator's account, on the aggregate alone: whatever is done to it in whatever order, the balance is the
/// booked receipts less the booked payments, to the cent, and never below zero; a payment awaiting approval is not in it;
/// reconciliation pairs each statement line with at most one entry of the same direction and amount.
/// </summary>
public sealed class AccountPropertyTests
{
    private static readonly DateOnly Opened = new(2026, 3, 12);

    private static AssetFile Open()
    {
        var file = RealizationRulesTests.Accepted();
        file.OpenAccount("中国工商银行洛阳分行", "1705 0200 0000 0000", Opened).ShouldBe(AssetsOutcome.Done);
        return file;
    }

    private static decimal Cents(Random random, int maxYuan) => random.Next(1, maxYuan * 100) / 100m;

    [Fact]
    public void The_balance_is_always_receipts_less_payments_and_never_negative()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var file = Open();
            var booked = new List<(EntryDirection Direction, decimal Amount)>();
            var day = Opened;
            for (var step = 0; step < 40; step++)
            {
                day = day.AddDays(random.Next(0, 3));
                var before = file.Balance;
                switch (random.Next(5))
                {
                    case 0 or 1:
                    {
                        var amount = Cents(random, 100_000);
                        file.AddEntry(new EntryLine(EntryDirection.Receipt, amount, day, "某债务人", "收回应收账款"), PaymentApproval.None, null, null, false, false)
                            .Outcome.ShouldBe(AssetsOutcome.Done);
                        booked.Add((EntryDirection.Receipt, amount));
                        break;
                    }

                    case 2:
                    {
                        var amount = Cents(random, 60_000);
                        var outcome = file.AddEntry(new EntryLine(EntryDirection.Payment, amount, day, "某评估公司", "评估费"), PaymentApproval.None, null, null, false, false).Outcome;
                        outcome.ShouldBe(amount > before ? AssetsOutcome.InsufficientBalance : AssetsOutcome.Done, $"seed {seed}");
                        if (outcome == AssetsOutcome.Done)
                        {
                            booked.Add((EntryDirection.Payment, amount));
                        }

                        break;
                    }

                    case 3:
                    {
                        // Waits for the court: out of the balance whatever its amount.
                        var amount = Cents(random, 200_000);
                        file.AddEntry(new EntryLine(EntryDirection.Payment, amount, day, "某拍卖公司", "拍卖辅助费"), PaymentApproval.Court, 1, null, false, false)
                            .Outcome.ShouldBe(AssetsOutcome.Done);
                        file.Balance.ShouldBe(before);
                        break;
                    }

                    default:
                    {
                        if (file.Entries.FirstOrDefault(e => e.Status == EntryStatus.AwaitingApproval) is { } waiting)
                        {
                            var outcome = file.BookEntry(waiting.Number, day, approved: true);
                            outcome.ShouldBe(waiting.Amount > before ? AssetsOutcome.InsufficientBalance : AssetsOutcome.Done, $"seed {seed}");
                            if (outcome == AssetsOutcome.Done)
                            {
                                booked.Add((EntryDirection.Payment, waiting.Amount));
                            }
                        }

                        break;
                    }
                }

                var expected = booked.Sum(b => b.Direction == EntryDirection.Receipt ? b.Amount : -b.Amount);
                file.Balance.ShouldBe(expected, $"seed {seed}, step {step}");
                file.Balance.ShouldBe(file.Receipts - file.Payments);
                file.Balance.ShouldBeGreaterThanOrEqualTo(0m);
                file.Entries.Sum(e => e.Effect).ShouldBe(file.Balance);
            }
        }
    }

    [Fact]
    public void A_payment_waiting_for_the_court_is_paid_only_once_approved_and_covered()
    {
        var file = Open();
        file.AddEntry(new EntryLine(EntryDirection.Payment, 50_000m, new DateOnly(2026, 3, 20), "某律师事务所", "诉讼代理费"), PaymentApproval.Court, 3, null, false, false)
            .Outcome.ShouldBe(AssetsOutcome.Done);
        file.Entries[0].Status.ShouldBe(EntryStatus.AwaitingApproval);
        file.BookEntry(1, new DateOnly(2026, 3, 21), approved: false).ShouldBe(AssetsOutcome.NotApproved);
        file.BookEntry(1, new DateOnly(2026, 3, 21), approved: true).ShouldBe(AssetsOutcome.InsufficientBalance);
        file.AddEntry(new EntryLine(EntryDirection.Receipt, 49_999.99m, new DateOnly(2026, 3, 22), "某次债务人", "应收账款"), PaymentApproval.None, null, null, false, false);
        file.BookEntry(1, new DateOnly(2026, 3, 22), approved: true).ShouldBe(AssetsOutcome.InsufficientBalance);
        file.AddEntry(new EntryLine(EntryDirection.Receipt, 0.01m, new DateOnly(2026, 3, 22), "某次债务人", "应收账款"), PaymentApproval.None, null, null, false, false);
        file.BookEntry(1, new DateOnly(2026, 3, 19), approved: true).ShouldBe(AssetsOutcome.BeforeLastStep);
        file.BookEntry(1, new DateOnly(2026, 3, 23), approved: true).ShouldBe(AssetsOutcome.Done);
        file.Balance.ShouldBe(0m);
        file.BookEntry(1, new DateOnly(2026, 3, 23), approved: true).ShouldBe(AssetsOutcome.NotAwaitingApproval);
    }

    [Fact]
    public void The_committees_consent_exists_only_after_the_first_meeting_and_an_account_only_once_opened()
    {
        var file = RealizationRulesTests.Accepted();
        var line = new EntryLine(EntryDirection.Receipt, 1m, new DateOnly(2026, 3, 20), "某", "某");
        file.AddEntry(line, PaymentApproval.None, null, null, false, false).Outcome.ShouldBe(AssetsOutcome.NoAccount);
        file.OpenAccount("某银行", "123", new DateOnly(2026, 3, 9)).ShouldBe(AssetsOutcome.BeforeAcceptance);
        file.OpenAccount("某银行", "123", new DateOnly(2026, 3, 21)).ShouldBe(AssetsOutcome.Done);
        file.OpenAccount("某银行", "456", new DateOnly(2026, 3, 22)).ShouldBe(AssetsOutcome.AccountOpen);
        file.AddEntry(line, PaymentApproval.None, null, null, false, false).Outcome.ShouldBe(AssetsOutcome.BeforeOpening);
        var payment = new EntryLine(EntryDirection.Payment, 1m, new DateOnly(2026, 3, 22), "某", "某");
        file.AddEntry(payment, PaymentApproval.CreditorsCommittee, null, "债权人委员会同意书", true, committeeMayExist: false).Outcome.ShouldBe(AssetsOutcome.NoCommittee);
    }

    [Fact]
    public void A_statement_imported_twice_adds_nothing_and_each_line_pairs_with_one_entry()
    {
        var file = Open();
        var receipt = new EntryLine(EntryDirection.Receipt, 1_000m, new DateOnly(2026, 3, 20), "甲公司", "货款");
        file.AddEntry(receipt, PaymentApproval.None, null, null, false, false);
        file.AddEntry(receipt with { On = new DateOnly(2026, 3, 25) }, PaymentApproval.None, null, null, false, false);
        file.AddEntry(new EntryLine(EntryDirection.Payment, 300m, new DateOnly(2026, 3, 26), "乙公司", "保管费"), PaymentApproval.None, null, null, false, false);

        (DateOnly, EntryDirection, decimal, string?, string?)[] statement =
        [
            (new DateOnly(2026, 3, 24), EntryDirection.Receipt, 1_000m, "甲公司", "货款"), // nearer the second entry (1 day) than the first (4)
            (new DateOnly(2026, 3, 24), EntryDirection.Receipt, 1_000m, "甲公司", "货款"), // the same line twice in one statement: two movements
            (new DateOnly(2026, 3, 27), EntryDirection.Payment, 300m, "乙公司", "保管费"),
            (new DateOnly(2026, 3, 28), EntryDirection.Receipt, 5m, "银行", "结息"),      // no entry yet
        ];
        file.ImportStatement(statement).ShouldBe((AssetsOutcome.Done, 4));
        file.Statement.Select(l => l.EntryNumber).ShouldBe([2, 1, 3, null]);
        file.Entries.Select(e => e.StatementLine).ShouldBe([2, 1, 3]);

        file.ImportStatement(statement).ShouldBe((AssetsOutcome.Done, 0));
        file.ImportStatement([.. statement, (new DateOnly(2026, 3, 24), EntryDirection.Receipt, 1_000m, "甲公司", "货款")]).ShouldBe((AssetsOutcome.Done, 1));

        // The interest booked later is reconciled with its line then.
        file.AddEntry(new EntryLine(EntryDirection.Receipt, 5m, new DateOnly(2026, 3, 28), "银行", "利息收入"), PaymentApproval.None, null, null, false, false);
        file.Statement[3].EntryNumber.ShouldBe(4);
        file.Statement.Select(l => l.EntryNumber).Where(n => n is not null).ShouldBeUnique();
    }
}
