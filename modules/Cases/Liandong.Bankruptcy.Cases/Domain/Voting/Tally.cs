namespace Liandong.Bankruptcy.Cases.Domain.Voting;

/// <summary>What a creditors' meeting votes on; each has its own rule (EBL arts. 59, 64, 84, 97).</summary>
public enum ResolutionKind
{
    Ordinary,             // art. 64: a majority of attending voters holding at least half of all unsecured claims
    DistributionPlan,     // art. 64, but secured creditors not waiving priority do not vote (art. 59(3), art. 61(1)(10))
    CompositionAgreement, // art. 97: a majority of attending voters holding at least two thirds of all unsecured claims; art. 59(3)
    ReorganizationPlan,   // art. 84: per class, a majority of the class's attending voters holding at least two thirds of the class's claims
}

/// <summary>The voting classes of a reorganization plan (arts. 82, 85).</summary>
public enum VotingClass
{
    Secured,
    Employee,
    Tax,        // tax, and social insurance other than that owed to employees' accounts (art. 82(1)(3))
    Ordinary,
    SmallClaims, // an optional group within the ordinary class (art. 82(2))
    Equity,      // when the plan changes equity (art. 85(2)): amounts are shareholdings
}

public enum Ballot
{
    Yes,
    No,
    Abstain,
}

/// <summary>
/// A creditor as the tally sees it: its claim (amount as registered), whether it is secured and has waived priority,
/// whether the claim is disputed and the amount the court set for voting (art. 59(2)), its class, whether it is
/// social insurance outside the employee class (no vote on the plan, art. 83), attendance (in person or remote) and ballot.
/// </summary>
public sealed record Voter(
    string Creditor, decimal Amount, bool Secured = false, bool WaivedPriority = false, bool Disputed = false, decimal? CourtSetAmount = null,
    VotingClass Class = VotingClass.Ordinary, bool SocialInsuranceOutsideEmployeeClass = false, bool Attending = true, Ballot? Ballot = null)
{
    /// <summary>The amount the creditor votes with: a disputed claim only with the amount the court set (art. 59(2)).</summary>
    public decimal? VotingAmount => Disputed ? CourtSetAmount : Amount;

    /// <summary>Whether the creditor's claim counts as unsecured (for the thresholds of arts. 64 and 97).</summary>
    public bool CountsAsUnsecured => !Secured || WaivedPriority;
}

/// <summary>One test of a rule with its numbers, for the minutes: "同意人数 3 / 出席有表决权人数 4 > 1/2".</summary>
public sealed record TallyLine(string Test, decimal Numerator, decimal Denominator, string Threshold, bool Passed);

/// <summary>A class's (or the whole meeting's) result with its arithmetic.</summary>
public sealed record ClassResult(VotingClass? Class, bool Adopted, IReadOnlyList<TallyLine> Lines, IReadOnlyList<string> Excluded);

public sealed record TallyResult(ResolutionKind Kind, bool Adopted, IReadOnlyList<ClassResult> Classes);

/// <summary>
/// The tally engine. Voting rights per art. 59 (a disputed claim only with a court-set amount; secured creditors not
/// waiving priority have no vote on the composition agreement or the distribution plan; art. 83's social insurance no vote
/// on the plan); ordinary resolutions per art. 64; the composition agreement per art. 97; the reorganization plan per
/// class per art. 84 (adopted when every class adopts it, art. 86). Heads are counted over attending creditors with a
/// vote; amounts over the totals the law names. Every result carries its arithmetic.
/// </summary>
public static class Tally
{
    public static TallyResult Count(ResolutionKind kind, IReadOnlyList<Voter> voters)
    {
        ArgumentNullException.ThrowIfNull(voters);
        if (kind == ResolutionKind.ReorganizationPlan)
        {
            var classes = voters.GroupBy(v => v.Class).OrderBy(g => g.Key)
                .Select(g => CountClass(g.Key, [.. g])).ToList();
            return new TallyResult(kind, classes.Count > 0 && classes.All(c => c.Adopted), classes);
        }

        var (eligible, excluded) = Split(kind, voters);

        // The amount threshold is measured against all unsecured claims with a voting amount, attending or not (arts. 64, 97).
        var totalUnsecured = voters.Where(v => v.CountsAsUnsecured && v.VotingAmount is not null).Sum(v => v.VotingAmount!.Value);
        var attending = eligible.Where(v => v.Attending).ToList();
        var yes = attending.Where(v => v.Ballot == Ballot.Yes).ToList();
        var yesUnsecured = yes.Where(v => v.CountsAsUnsecured).Sum(v => v.VotingAmount!.Value);
        var (share, threshold) = kind == ResolutionKind.CompositionAgreement ? (2m / 3m, "≥ 2/3") : (0.5m, "≥ 1/2");
        var lines = new List<TallyLine>
        {
            new("同意人数 / 出席有表决权人数", yes.Count, attending.Count, "> 1/2", yes.Count * 2 > attending.Count),
            new("同意者无财产担保债权额 / 无财产担保债权总额", yesUnsecured, totalUnsecured, threshold, totalUnsecured > 0 && yesUnsecured >= share * totalUnsecured),
        };
        return new TallyResult(kind, lines.All(l => l.Passed), [new ClassResult(null, lines.All(l => l.Passed), lines, excluded)]);
    }

    private static ClassResult CountClass(VotingClass votingClass, IReadOnlyList<Voter> members)
    {
        var (eligible, excluded) = Split(ResolutionKind.ReorganizationPlan, members);

        var classTotal = eligible.Sum(v => v.VotingAmount!.Value);
        var attending = eligible.Where(v => v.Attending).ToList();
        var yes = attending.Where(v => v.Ballot == Ballot.Yes).ToList();
        var yesAmount = yes.Sum(v => v.VotingAmount!.Value);
        var lines = new List<TallyLine>
        {
            new("同意人数 / 出席本组人数", yes.Count, attending.Count, "> 1/2", yes.Count * 2 > attending.Count),
            new("同意者债权额 / 本组债权总额", yesAmount, classTotal, "≥ 2/3", classTotal > 0 && yesAmount * 3 >= classTotal * 2),
        };
        return new ClassResult(votingClass, lines.All(l => l.Passed), lines, excluded);
    }

    /// <summary>
    /// Art. 87: a class that rejected the plan may vote once more (after negotiation with the debtor or administrator);
    /// after that the court may only approve it over the class's objection, which is its ruling, not a vote.
    /// </summary>
    public static bool MayVoteAgain(ClassResult lastVote, int votesHeld)
    {
        ArgumentNullException.ThrowIfNull(lastVote);
        return !lastVote.Adopted && votesHeld == 1;
    }

    /// <summary>The creditors with a vote on the resolution, and the others with the reason they have none.</summary>
    private static (List<Voter> Eligible, List<string> Excluded) Split(ResolutionKind kind, IEnumerable<Voter> voters)
    {
        var lookup = voters.Select(v => (Voter: v, Reason: Exclusion(kind, v))).ToList();
        return ([.. lookup.Where(x => x.Reason is null).Select(x => x.Voter)], [.. lookup.Where(x => x.Reason is not null).Select(x => $"{x.Voter.Creditor}：{x.Reason}")]);
    }

    /// <summary>Why a creditor has no vote on this resolution, or null when it has one.</summary>
    private static string? Exclusion(ResolutionKind kind, Voter v)
    {
        if (v.Disputed && v.CourtSetAmount is null)
        {
            return "债权尚未确定且法院未临时确定债权额（第五十九条第二款）";
        }

        if (v.Secured && !v.WaivedPriority && kind is ResolutionKind.CompositionAgreement or ResolutionKind.DistributionPlan)
        {
            return "有财产担保且未放弃优先受偿权，对和解协议、破产财产分配方案无表决权（第五十九条第三款）";
        }

        if (kind == ResolutionKind.ReorganizationPlan && v.SocialInsuranceOutsideEmployeeClass)
        {
            return "职工个人账户以外的社会保险费不得减免，不参加表决（第八十三条）";
        }

        return null;
    }
}
