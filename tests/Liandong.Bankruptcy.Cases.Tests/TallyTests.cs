using Liandong.Bankruptcy.Cases.Domain.Voting;
using B = Liandong.Bankruptcy.Cases.Domain.Voting.Ballot;
using C = Liandong.Bankruptcy.Cases.Domain.Voting.VotingClass;
using K = Liandong.Bankruptcy.Cases.Domain.Voting.ResolutionKind;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The tally engine on worked examples (EBL arts. 59, 64, 83, 84, 97), each with its arithmetic.</summary>
public sealed class TallyTests
{
    private static readonly Voter[] Meeting =
    [
        new("甲", 100, Ballot: B.Yes),
        new("乙", 200, Ballot: B.Yes),
        new("丙", 300, Ballot: B.No),
        new("丁银行", 1000, Secured: true, Ballot: B.Yes),                   // secured, priority not waived
        new("戊", 500, Disputed: true, Ballot: B.Yes),                       // disputed, no court-set amount: no vote
        new("己", 400, Attending: false),                                   // absent: counts in the amount base only
    ];

    [Fact]
    public void An_ordinary_resolution_needs_a_majority_of_attending_voters_holding_half_of_all_unsecured_claims()
    {
        var result = Tally.Count(K.Ordinary, Meeting);

        var lines = result.Classes.Single().Lines;
        (lines[0].Numerator, lines[0].Denominator, lines[0].Passed).ShouldBe((3m, 4m, true));       // 甲 乙 丁 of 甲 乙 丙 丁
        (lines[1].Numerator, lines[1].Denominator, lines[1].Passed).ShouldBe((300m, 1000m, false)); // 300 of 100+200+300+400
        result.Adopted.ShouldBeFalse();
        result.Classes.Single().Excluded.ShouldHaveSingleItem().ShouldStartWith("戊");
    }

    [Fact]
    public void Exactly_half_of_the_unsecured_claims_is_enough_and_a_tie_in_heads_is_not()
    {
        Voter[] tie = [new("甲", 300, Ballot: B.Yes), new("乙", 200, Ballot: B.No), new("丙", 100, Ballot: B.No), new("丁", 300, Ballot: B.Yes)];
        Tally.Count(K.Ordinary, tie).Adopted.ShouldBeFalse(); // 2 of 4 heads is no majority, though 600 of 900 is more than half

        Voter[] half = [new("甲", 300, Ballot: B.Yes), new("乙", 300, Ballot: B.No), new("丙", 1, Ballot: B.Yes)];
        var result = Tally.Count(K.Ordinary, half);
        (result.Classes.Single().Lines[1].Numerator, result.Classes.Single().Lines[1].Denominator).ShouldBe((301m, 601m));
        result.Adopted.ShouldBeTrue(); // 2 of 3 heads; 301 of 601 ≥ 1/2

        Voter[] exactly = [new("甲", 300, Ballot: B.Yes), new("乙", 300, Ballot: B.No), new("丙", 0, Ballot: B.Yes)];
        var atHalf = Tally.Count(K.Ordinary, exactly).Classes.Single().Lines[1];
        (atHalf.Numerator, atHalf.Denominator, atHalf.Passed).ShouldBe((300m, 600m, true)); // exactly half is enough
    }

    [Fact]
    public void A_secured_creditor_not_waiving_priority_has_no_vote_on_the_distribution_plan_but_one_that_waived_has()
    {
        var plan = Tally.Count(K.DistributionPlan, Meeting).Classes.Single();
        plan.Excluded.ShouldContain(e => e.StartsWith("丁银行", StringComparison.Ordinal));
        (plan.Lines[0].Numerator, plan.Lines[0].Denominator).ShouldBe((2m, 3m)); // 甲 乙 of 甲 乙 丙

        var waived = Tally.Count(K.DistributionPlan, [.. Meeting.Select(v => v.Creditor == "丁银行" ? v with { WaivedPriority = true } : v)]).Classes.Single();
        waived.Excluded.ShouldNotContain(e => e.StartsWith("丁银行", StringComparison.Ordinal));
        (waived.Lines[1].Numerator, waived.Lines[1].Denominator, waived.Adopted).ShouldBe((1300m, 2000m, true)); // its claim is unsecured now
    }

    [Fact]
    public void The_composition_agreement_needs_two_thirds_of_all_unsecured_claims()
    {
        Voter[] voters = [new("甲", 100, Ballot: B.Yes), new("乙", 200, Ballot: B.Yes), new("丙", 300, Ballot: B.No), new("庚", 400, Ballot: B.Yes)];
        var adopted = Tally.Count(K.CompositionAgreement, voters);
        (adopted.Classes.Single().Lines[1].Numerator, adopted.Classes.Single().Lines[1].Denominator, adopted.Adopted).ShouldBe((700m, 1000m, true));
        Tally.Count(K.CompositionAgreement, [.. voters[..3], voters[3] with { Ballot = B.No }]).Adopted.ShouldBeFalse(); // 300 of 1000
        Tally.Count(K.CompositionAgreement, [.. voters, new Voter("丁银行", 5000, Secured: true, Ballot: B.No)]).Adopted.ShouldBeTrue(); // no vote, not in the base
    }

    [Fact]
    public void A_disputed_claim_votes_with_the_amount_the_court_set()
    {
        Voter[] voters = [new("甲", 100, Ballot: B.Yes), new("戊", 900, Disputed: true, CourtSetAmount: 50, Ballot: B.No)];
        var line = Tally.Count(K.Ordinary, voters).Classes.Single().Lines[1];
        (line.Numerator, line.Denominator).ShouldBe((100m, 150m)); // 戊 counts 50, not 900
    }

    [Fact]
    public void The_reorganization_plan_is_tallied_per_class_and_adopted_only_when_every_class_adopts_it()
    {
        Voter[] voters =
        [
            new("抵押甲", 600, Secured: true, Class: C.Secured, Ballot: B.Yes),
            new("抵押乙", 300, Secured: true, Class: C.Secured, Ballot: B.Yes),
            new("抵押丙", 300, Secured: true, Class: C.Secured, Ballot: B.No),     // secured: 2 of 3, 900 of 1200 ≥ 2/3
            new("职工代表", 50, Class: C.Employee, Ballot: B.Yes),
            new("职工乙", 50, Class: C.Employee, Ballot: B.Yes),                     // employee: 2 of 2
            new("税务局", 200, Class: C.Tax, Ballot: B.Yes),
            new("社保中心", 80, Class: C.Tax, SocialInsuranceOutsideEmployeeClass: true, Ballot: B.No), // art. 83: no vote
            new("普通甲", 300, Class: C.Ordinary, Ballot: B.Yes),
            new("普通乙", 100, Class: C.Ordinary, Ballot: B.Yes),
            new("普通丙", 500, Class: C.Ordinary, Ballot: B.No),
            new("普通丁", 100, Class: C.Ordinary, Attending: false),                 // ordinary: 2 of 3 heads, but 400 of 1000
            new("小额甲", 10, Class: C.SmallClaims, Ballot: B.Yes),
            new("小额乙", 10, Class: C.SmallClaims, Ballot: B.No),                   // small claims: 1 of 2 is no majority
            new("股东甲", 70, Class: C.Equity, Ballot: B.Yes),
            new("股东乙", 20, Class: C.Equity, Ballot: B.Yes),
            new("股东丙", 10, Class: C.Equity, Ballot: B.No),                       // equity (art. 85(2)), shareholdings: 2 of 3, 90 of 100
        ];

        var result = Tally.Count(K.ReorganizationPlan, voters);

        result.Classes.Select(c => (c.Class, c.Adopted)).ShouldBe(
        [
            (C.Secured, true), (C.Employee, true), (C.Tax, true), (C.Ordinary, false), (C.SmallClaims, false), (C.Equity, true),
        ]);
        var tax = result.Classes.Single(c => c.Class == C.Tax);
        tax.Excluded.ShouldHaveSingleItem().ShouldStartWith("社保中心");
        (tax.Lines[1].Numerator, tax.Lines[1].Denominator).ShouldBe((200m, 200m));
        var ordinary = result.Classes.Single(c => c.Class == C.Ordinary);
        (ordinary.Lines[0].Passed, ordinary.Lines[1].Numerator, ordinary.Lines[1].Denominator).ShouldBe((true, 400m, 1000m));
        result.Adopted.ShouldBeFalse();

        Tally.MayVoteAgain(ordinary, votesHeld: 1).ShouldBeTrue();   // art. 87: one more vote for a class that rejected
        Tally.MayVoteAgain(ordinary, votesHeld: 2).ShouldBeFalse();  // then only the court's ruling
        Tally.MayVoteAgain(tax, votesHeld: 1).ShouldBeFalse();       // a class that adopted does not vote again
    }

    [Fact]
    public void A_composition_adopted_by_exactly_two_thirds_of_the_unsecured_claims_passes_art_97()
    {
        // 200 of 300 is exactly 2/3 (以上 includes the number, Civil Code art. 1259); 0.666…7 × 300 rounded would refuse it.
        Voter[] exactly = [new("甲", 100, Ballot: B.Yes), new("乙", 100, Ballot: B.Yes), new("丙", 100, Ballot: B.No)];
        var atTwoThirds = Tally.Count(K.CompositionAgreement, exactly);
        (atTwoThirds.Classes.Single().Lines[1].Numerator, atTwoThirds.Classes.Single().Lines[1].Denominator).ShouldBe((200m, 300m));
        atTwoThirds.Adopted.ShouldBeTrue();

        // One hundredth of a yuan short of two thirds of 300.01 (200.0066…) fails.
        Voter[] short_ = [new("甲", 100, Ballot: B.Yes), new("乙", 100, Ballot: B.Yes), new("丙", 100.01m, Ballot: B.No)];
        Tally.Count(K.CompositionAgreement, short_).Adopted.ShouldBeFalse();

        // Thirds of an amount that does not divide: 2/3 of 100 yuan is 66.67 rounded, and 66.67 × 3 = 200.01 ≥ 200 passes,
        // 66.66 × 3 = 199.98 does not.
        Tally.Count(K.CompositionAgreement, [new("甲", 66.67m, Ballot: B.Yes), new("乙", 33.33m, Ballot: B.No), new("丙", 0, Ballot: B.Yes)]).Adopted.ShouldBeTrue();
        Tally.Count(K.CompositionAgreement, [new("甲", 66.66m, Ballot: B.Yes), new("乙", 33.34m, Ballot: B.No), new("丙", 0, Ballot: B.Yes)]).Adopted.ShouldBeFalse();
    }

    [Fact]
    public void A_creditor_with_two_lines_is_one_head_with_their_sum_arts_59_64()
    {
        // The tax bureau declared tax (60) and social insurance (40) as two lines; 乙 and 丙 have one each.
        const string Bureau = "11410305MB0000000X";
        Voter[] lines =
        [
            new("国家税务总局洛阳市涧西区税务局", 60, Ballot: B.Yes, CreditorId: Bureau),
            new("国家税务总局洛阳市涧西区税务局", 40, Ballot: B.Yes, CreditorId: Bureau),
            new("乙", 50, Ballot: B.No),
            new("丙", 50, Ballot: B.No),
        ];

        var result = Tally.Count(K.Ordinary, lines).Classes.Single();

        // Per line it would be 2 of 4 heads (no majority); per creditor it is 1 of 3, holding 100 of 200.
        (result.Lines[0].Numerator, result.Lines[0].Denominator).ShouldBe((1m, 3m));
        (result.Lines[1].Numerator, result.Lines[1].Denominator, result.Lines[1].Passed).ShouldBe((100m, 200m, true));
        result.Adopted.ShouldBeFalse();

        // Without an identity number, lines under one name are one creditor too.
        var byName = Tally.Count(K.Ordinary, [new("甲银行", 10, Ballot: B.Yes), new("甲银行", 10, Ballot: B.Yes), new("乙", 15, Ballot: B.No)]).Classes.Single();
        (byName.Lines[0].Numerator, byName.Lines[0].Denominator, byName.Lines[1].Numerator).ShouldBe((1m, 2m, 20m));
    }

    [Fact]
    public void In_a_plan_vote_a_creditor_counts_once_in_each_class_it_holds_lines_in_art_84()
    {
        // 甲 holds two ordinary lines (30 + 30) and a tax line (10); 乙 ordinary 40; 丙 tax 10.
        Voter[] lines =
        [
            new("甲", 30, Class: C.Ordinary, Ballot: B.Yes), new("甲", 30, Class: C.Ordinary, Ballot: B.Yes), new("甲", 10, Class: C.Tax, Ballot: B.Yes),
            new("乙", 40, Class: C.Ordinary, Ballot: B.No), new("丙", 10, Class: C.Tax, Ballot: B.No),
        ];

        var result = Tally.Count(K.ReorganizationPlan, lines);

        var ordinary = result.Classes.Single(c => c.Class == C.Ordinary);
        (ordinary.Lines[0].Numerator, ordinary.Lines[0].Denominator).ShouldBe((1m, 2m)); // 甲 of 甲 乙: no majority
        (ordinary.Lines[1].Numerator, ordinary.Lines[1].Denominator).ShouldBe((60m, 100m));
        var tax = result.Classes.Single(c => c.Class == C.Tax);
        (tax.Lines[0].Numerator, tax.Lines[0].Denominator, tax.Lines[1].Numerator, tax.Lines[1].Denominator).ShouldBe((1m, 2m, 10m, 20m));
        result.Adopted.ShouldBeFalse();
    }

    [Fact]
    public void Shareholders_vote_only_in_the_equity_group_of_a_plan_by_two_thirds_of_the_rights_taking_part_arts_59_85()
    {
        Voter[] register =
        [
            new("甲", 100, Ballot: B.Yes), new("乙", 100, Ballot: B.No),
            new("股东丙", 600, Class: C.Equity, Ballot: B.Yes), new("股东丁", 300, Class: C.Equity, Ballot: B.No), new("股东戊", 100, Class: C.Equity, Attending: false),
        ];

        // Not members of the meeting: no head, no amount in an ordinary vote or a composition (art. 59).
        var ordinary = Tally.Count(K.Ordinary, register).Classes.Single();
        (ordinary.Lines[0].Numerator, ordinary.Lines[0].Denominator, ordinary.Lines[1].Denominator).ShouldBe((1m, 2m, 200m));
        ordinary.Excluded.Count(e => e.StartsWith("股东", StringComparison.Ordinal)).ShouldBe(3);
        Tally.Count(K.CompositionAgreement, register).Classes.Single().Lines[1].Denominator.ShouldBe(200m);

        // The equity group of a plan: 600 of the 900 taking part is exactly 2/3, no head count (1 of 2 would fail one).
        var equity = Tally.Count(K.ReorganizationPlan, register).Classes.Single(c => c.Class == C.Equity);
        equity.Lines.ShouldHaveSingleItem();
        (equity.Lines[0].Numerator, equity.Lines[0].Denominator, equity.Adopted).ShouldBe((600m, 900m, true));
    }
}
