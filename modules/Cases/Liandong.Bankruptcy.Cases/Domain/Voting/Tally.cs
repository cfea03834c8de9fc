namespace Liandong.Bankruptcy.Cases.Domain.Voting;

/// <summary>What a creditors' meeting votes on; each has its own rule (EBL arts. 59, 64, 84, 97).</summary>
public enum ResolutionKind
{
    Ordinary,             // art. 64: a majority of attending voters holding at least half of all unsecured claims
    ManagementPlan,       // art. 61(1)(8), by art. 64; failed, the court rules (art. 65(1))
    RealizationPlan,      // art. 61(1)(9), by art. 64; failed, the court rules (art. 65(1))
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
    Equity,      // shareholders, when the plan adjusts their rights (art. 85(2)): amounts are voting rights (shares)
}

public enum Ballot
{
    Yes,
    No,
    Abstain,
}

/// <summary>
/// A line of the register as the tally sees it: its creditor, its amount as registered, whether it is secured and has
/// waived priority, whether the claim is disputed and the amount the court set for voting (art. 59(2)), its class,
/// whether it is social insurance outside the employee class (no vote on the plan, art. 83), attendance (in person or
/// remote) and ballot. <paramref name="CreditorId"/> (a USCC or resident ID) says who the creditor is; without one, its
/// name does. A creditor's lines make one head with their sum as its amount (per class in a plan vote).
/// </summary>
public sealed record Voter(
    string Creditor, decimal Amount, bool Secured = false, bool WaivedPriority = false, bool Disputed = false, decimal? CourtSetAmount = null,
    VotingClass Class = VotingClass.Ordinary, bool SocialInsuranceOutsideEmployeeClass = false, bool Attending = true, Ballot? Ballot = null,
    string? CreditorId = null)
{
    /// <summary>Who the creditor is: its identity number, else its name as written.</summary>
    public string CreditorKey => CreditorId ?? Creditor.Trim();

    /// <summary>The amount the creditor votes with: a disputed claim only with the amount the court set (art. 59(2)).</summary>
    public decimal? VotingAmount => Disputed ? CourtSetAmount : Amount;

    /// <summary>Whether the line counts as an unsecured claim (for the thresholds of arts. 64 and 97); a shareholding is no claim.</summary>
    public bool CountsAsUnsecured => (!Secured || WaivedPriority) && Class != VotingClass.Equity;
}

/// <summary>One test of a rule with its numbers, for the minutes: "同意人数 3 / 出席有表决权人数 4 > 1/2".</summary>
public sealed record TallyLine(string Test, decimal Numerator, decimal Denominator, string Threshold, bool Passed);

/// <summary>A class's (or the whole meeting's) result with its arithmetic.</summary>
public sealed record ClassResult(VotingClass? Class, bool Adopted, IReadOnlyList<TallyLine> Lines, IReadOnlyList<string> Excluded);

public sealed record TallyResult(ResolutionKind Kind, bool Adopted, IReadOnlyList<ClassResult> Classes);

/// <summary>
/// The tally engine. Voting rights per art. 59 (a disputed claim only with a court-set amount; secured creditors not
/// waiving priority have no vote on the composition agreement or the distribution plan; shareholders are no members of
/// the meeting; art. 83's social insurance no vote on the plan); ordinary resolutions per art. 64; the composition
/// agreement per art. 97; the reorganization plan per class per art. 84 (adopted when every class adopts it, art. 86),
/// the equity group by two thirds of the voting rights taking part (art. 85(2), 法〔2012〕261号). Heads are creditors,
/// not lines: a creditor's lines with a vote are one head holding their sum. Heads are counted over attending creditors
/// with a vote; amounts over the totals the law names. 以上 includes the number (Civil Code art. 1259): every threshold
/// is compared exactly in integer-style arithmetic (yes × 3 ≥ total × 2), never as a rounded fraction. Every result
/// carries its arithmetic.
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
        var creditors = Creditors(eligible);
        var attending = creditors.Where(c => c.Attending).ToList();
        var yes = attending.Where(c => c.Ballot == Ballot.Yes).ToList();
        var yesUnsecured = yes.Sum(c => c.Unsecured);
        var composition = kind == ResolutionKind.CompositionAgreement;
        var lines = new List<TallyLine>
        {
            // 过半数 (arts. 64, 97): more than half of the attending creditors with a vote.
            new("同意人数 / 出席有表决权人数", yes.Count, attending.Count, "> 1/2", yes.Count * 2 > attending.Count),
            // art. 97: two thirds or more of all unsecured claims; art. 64: half or more.
            composition
                ? new("同意者无财产担保债权额 / 无财产担保债权总额", yesUnsecured, totalUnsecured, "≥ 2/3", totalUnsecured > 0 && yesUnsecured * 3 >= totalUnsecured * 2)
                : new("同意者无财产担保债权额 / 无财产担保债权总额", yesUnsecured, totalUnsecured, "≥ 1/2", totalUnsecured > 0 && yesUnsecured * 2 >= totalUnsecured),
        };
        return new TallyResult(kind, lines.All(l => l.Passed), [new ClassResult(null, lines.All(l => l.Passed), lines, excluded)]);
    }

    private static ClassResult CountClass(VotingClass votingClass, IReadOnlyList<Voter> members)
    {
        var (eligible, excluded) = Split(ResolutionKind.ReorganizationPlan, members);
        var creditors = Creditors(eligible);
        var classTotal = creditors.Sum(c => c.Amount);
        var attending = creditors.Where(c => c.Attending).ToList();
        var yes = attending.Where(c => c.Ballot == Ballot.Yes).ToList();
        var yesAmount = yes.Sum(c => c.Amount);
        if (votingClass == VotingClass.Equity)
        {
            // The equity group: two thirds or more of the voting rights of the shareholders taking part, no head count
            // (art. 85(2); 法〔2012〕261号 for a listed company, the platform's rule for the others).
            var takingPart = attending.Sum(c => c.Amount);
            var equity = new TallyLine("同意出资人表决权 / 参加表决的出资人表决权", yesAmount, takingPart, "≥ 2/3", takingPart > 0 && yesAmount * 3 >= takingPart * 2);
            return new ClassResult(votingClass, equity.Passed, [equity], excluded);
        }

        var lines = new List<TallyLine>
        {
            // art. 84(2): more than half of the class's attending creditors, holding two thirds or more of the class's claims.
            new("同意人数 / 出席本组人数", yes.Count, attending.Count, "> 1/2", yes.Count * 2 > attending.Count),
            new("同意者债权额 / 本组债权总额", yesAmount, classTotal, "≥ 2/3", classTotal > 0 && yesAmount * 3 >= classTotal * 2),
        };
        return new ClassResult(votingClass, lines.All(l => l.Passed), lines, excluded);
    }

    /// <summary>A creditor with a vote: its lines' sum (and the unsecured part of it), whether it attended, its ballot.</summary>
    private sealed record Creditor(decimal Amount, decimal Unsecured, bool Attending, Ballot? Ballot);

    /// <summary>
    /// The lines with a vote as creditors: one head per creditor holding the sum of its lines; it attended when it voted
    /// on any line, and its ballot is the one it cast (the meeting records one ballot on all its lines).
    /// </summary>
    private static List<Creditor> Creditors(IEnumerable<Voter> eligible) =>
    [
        .. eligible.GroupBy(v => v.CreditorKey, StringComparer.Ordinal).Select(g => new Creditor(
            g.Sum(v => v.VotingAmount!.Value),
            g.Where(v => v.CountsAsUnsecured).Sum(v => v.VotingAmount!.Value),
            g.Any(v => v.Attending),
            g.Select(v => v.Ballot).FirstOrDefault(b => b is not null))),
    ];

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

        if (kind != ResolutionKind.ReorganizationPlan && v.Class == VotingClass.Equity)
        {
            return "出资人不是债权人会议成员，仅在重整计划涉及出资人权益调整时参加出资人组表决（第五十九条、第八十五条第二款）";
        }

        if (kind == ResolutionKind.ReorganizationPlan && v.SocialInsuranceOutsideEmployeeClass)
        {
            return "职工个人账户以外的社会保险费不得减免，不参加表决（第八十三条）";
        }

        return null;
    }
}
