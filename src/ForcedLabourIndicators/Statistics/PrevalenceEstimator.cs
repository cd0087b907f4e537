namespace ForcedLabourIndicators.Statistics;

/// <summary>How the point estimate treats records whose finding is undetermined.</summary>
public enum UndeterminedTreatment
{
    /// <summary>
    /// Left out of the point estimate's numerator and denominator (the default); they still widen the bounds. Unbiased only
    /// when undetermined records are like the determined ones. They rarely are: an indicator is present on one "yes" but
    /// not present only when every one of its facts is "no", so unanswered questions push this estimate up. Read it with
    /// <see cref="ProportionEstimate.LowerBound"/>, <see cref="ProportionEstimate.UpperBound"/> and the undetermined share.
    /// </summary>
    Exclude = 0,

    /// <summary>Counted as negatives: the lower bound.</summary>
    AsNegative = 1,

    /// <summary>Counted as positives: the upper bound.</summary>
    AsPositive = 2,
}

/// <summary>One surveyed record: its weight, its design, and what its assessment found.</summary>
/// <param name="Weight">The survey weight, finite and above 0 (1 for unweighted data).</param>
/// <param name="Determination">The ICLS determination; <see cref="DefinitionStatus.OutsideDefinition"/> counts as not forced labour.</param>
/// <param name="PresentMask">Bit i: rule i present.</param>
/// <param name="UndeterminedMask">Bit i: rule i undetermined.</param>
/// <param name="Group">The caller's grouping (sex, sector, country...); <see langword="null"/> for none.</param>
/// <param name="Stratum">The sampling stratum; <see langword="null"/> for an unstratified design.</param>
/// <param name="Cluster">The primary sampling unit within the stratum; <see langword="null"/> when records were sampled singly.</param>
public sealed record SurveyRecord(double Weight, DefinitionStatus Determination, uint PresentMask, uint UndeterminedMask, string? Group = null, string? Stratum = null, string? Cluster = null)
{
    /// <summary>The record of an explained assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="weight">The survey weight.</param>
    /// <param name="group">The grouping value.</param>
    /// <param name="stratum">The stratum.</param>
    /// <param name="cluster">The cluster.</param>
    /// <returns>The record.</returns>
    public static SurveyRecord From(Assessment assessment, double weight = 1, string? group = null, string? stratum = null, string? cluster = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        uint present = 0, undetermined = 0;
        for (var i = 0; i < assessment.Findings.Count && i < 32; i++)
        {
            present |= assessment.Findings[i].Status == FindingStatus.Present ? 1u << i : 0;
            undetermined |= assessment.Findings[i].Status == FindingStatus.Undetermined ? 1u << i : 0;
        }

        return new SurveyRecord(weight, assessment.Determination.Status, present, undetermined, group, stratum, cluster);
    }

    /// <summary>The record of a bulk result.</summary>
    /// <param name="score">The compact result (must be assessed).</param>
    /// <param name="weight">The survey weight.</param>
    /// <param name="group">The grouping value.</param>
    /// <param name="stratum">The stratum.</param>
    /// <param name="cluster">The cluster.</param>
    /// <returns>The record.</returns>
    public static SurveyRecord From(CaseScore score, double weight = 1, string? group = null, string? stratum = null, string? cluster = null)
    {
        if (score.Status != CaseScoreStatus.Assessed)
        {
            throw new ArgumentException("Only assessed results can be estimated from; rejected records have no finding.", nameof(score));
        }

        return new SurveyRecord(weight, score.Determination, score.PresentMask, score.UndeterminedMask, group, stratum, cluster);
    }
}

/// <summary>Options of <see cref="PrevalenceEstimator"/>.</summary>
public sealed record PrevalenceOptions
{
    /// <summary>The confidence level of the intervals. Default 0.95.</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>How the point estimate treats undetermined records. Default <see cref="UndeterminedTreatment.Exclude"/>.</summary>
    public UndeterminedTreatment Undetermined { get; init; } = UndeterminedTreatment.Exclude;

    /// <summary>Whether the records are a probability sample. Set <see langword="false"/> for convenience data (case files,
    /// hotlines): the shares then describe those cases only, and the result says so. Default <see langword="true"/>.</summary>
    public bool IsProbabilitySample { get; init; } = true;
}

/// <summary>A weighted share with its intervals, its undetermined part and its bounds.</summary>
/// <param name="Measure">"forcedLabour" for the ILO definition, or an indicator code.</param>
/// <param name="Group">The group, or <see langword="null"/> for all records.</param>
/// <param name="Records">How many records.</param>
/// <param name="Estimate">The weighted share, with undetermined records treated as the options say.</param>
/// <param name="UndeterminedShare">The weighted share of records whose finding is undetermined.</param>
/// <param name="LowerBound">The weighted share with undetermined records counted as negatives.</param>
/// <param name="UpperBound">The weighted share with undetermined records counted as positives.</param>
/// <param name="KishEffectiveSize">Kish's effective sample size of the records behind <paramref name="Estimate"/>: (Σw)² / Σw².</param>
/// <param name="EffectiveSize">The effective size the intervals use: from the design variance (strata, clusters) when a design is given, else Kish's.</param>
/// <param name="Wilson">The Wilson score interval on the effective size.</param>
/// <param name="ClopperPearson">The Clopper-Pearson interval on the effective size.</param>
public sealed record ProportionEstimate(
    string Measure,
    string? Group,
    int Records,
    double Estimate,
    double UndeterminedShare,
    double LowerBound,
    double UpperBound,
    double KishEffectiveSize,
    double EffectiveSize,
    (double Lower, double Upper) Wilson,
    (double Lower, double Upper) ClopperPearson);

/// <summary>The prevalence of forced labour and of each indicator, overall and by group.</summary>
/// <param name="Estimates">Overall first (forced labour, then each rule in order), then each group's in the same order.</param>
/// <param name="Options">The options used.</param>
/// <param name="Note">What the figures can be read as: a sample estimate, or a description of convenience data.</param>
public sealed record PrevalenceTable(IReadOnlyList<ProportionEstimate> Estimates, PrevalenceOptions Options, string Note);

/// <summary>
/// Estimates weighted prevalence from assessed records: the share meeting the ILO definition and the share with each
/// indicator present, with Kish's effective sample size, Wilson and Clopper-Pearson intervals, and bounds for the
/// undetermined records, which are never silently counted as negatives.
/// </summary>
public static class PrevalenceEstimator
{
    /// <summary>The measure name of the ILO definition.</summary>
    public const string ForcedLabour = "forcedLabour";

    /// <summary>Estimates prevalence.</summary>
    /// <param name="records">The records (at least one).</param>
    /// <param name="ruleCodes">The rules' codes in order (e.g. <c>assessor.Rules.Select(r => r.Code)</c>).</param>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <returns>The table.</returns>
    public static PrevalenceTable Estimate(IReadOnlyList<SurveyRecord> records, IReadOnlyList<string> ruleCodes, PrevalenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(ruleCodes);
        options ??= new PrevalenceOptions();
        if (records.Count == 0)
        {
            throw new ArgumentException("At least one record is needed.", nameof(records));
        }

        if (ruleCodes.Count > 32)
        {
            throw new ArgumentException("At most 32 rules can be estimated (the records carry 32 rule bits).", nameof(ruleCodes));
        }

        if (!(options.Confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The confidence level must be strictly between 0 and 1.");
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is null || !double.IsFinite(records[i].Weight) || records[i].Weight <= 0)
            {
                throw new ArgumentException($"Record {i} has no finite weight above 0.", nameof(records));
            }
        }

        var design = records.Any(r => r.Stratum is not null || r.Cluster is not null);
        if (design)
        {
            CheckEveryStratumHasTwoUnits(records);
        }

        var estimates = new List<ProportionEstimate>();
        AddAll(estimates, records, null, ruleCodes, options, design);
        foreach (var group in records.Where(r => r.Group is not null).Select(r => r.Group!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            AddAll(estimates, records, group, ruleCodes, options, design);
        }

        var note = options.IsProbabilitySample
            ? "Weighted estimates for the surveyed population; intervals use the effective sample size."
            : "Not a sample: these shares describe the cases given (for example case files or hotline reports), not a population.";
        return new PrevalenceTable(estimates, options, note);
    }

    private static void AddAll(List<ProportionEstimate> into, IReadOnlyList<SurveyRecord> all, string? group, IReadOnlyList<string> codes, PrevalenceOptions options, bool design)
    {
        into.Add(One(ForcedLabour, group, all, r => r.Determination == DefinitionStatus.Meets ? 1 : r.Determination == DefinitionStatus.Undetermined ? -1 : 0, options, design));
        for (var i = 0; i < codes.Count; i++)
        {
            var bit = 1u << i;
            into.Add(One(codes[i], group, all, r => (r.PresentMask & bit) != 0 ? 1 : (r.UndeterminedMask & bit) != 0 ? -1 : 0, options, design));
        }
    }

    /// <summary>One measure in one domain (a group, or all records): <paramref name="outcome"/> is 1 positive, 0 negative,
    /// -1 undetermined. A group is a domain of the whole design: its variance is taken over every stratum and cluster.</summary>
    private static ProportionEstimate One(string measure, string? group, IReadOnlyList<SurveyRecord> all, Func<SurveyRecord, int> outcome, PrevalenceOptions options, bool design)
    {
        bool InDomain(SurveyRecord r) => group is null || string.Equals(r.Group, group, StringComparison.Ordinal);
        var records = all.Where(InDomain).ToArray();
        double positive = 0, negative = 0, undetermined = 0;
        foreach (var r in records)
        {
            switch (outcome(r))
            {
                case 1: positive += r.Weight; break;
                case 0: negative += r.Weight; break;
                default: undetermined += r.Weight; break;
            }
        }

        var total = positive + negative + undetermined;
        var lower = positive / total;
        var upper = (positive + undetermined) / total;

        // The records behind the point estimate, and each one's value under the chosen treatment.
        bool Used(SurveyRecord r) => InDomain(r) && (options.Undetermined != UndeterminedTreatment.Exclude || outcome(r) != -1);
        double Value(SurveyRecord r) => outcome(r) switch
        {
            1 => 1,
            0 => 0,
            _ => options.Undetermined == UndeterminedTreatment.AsPositive ? 1 : 0,
        };

        var used = records.Where(Used).ToArray();
        if (used.Length == 0)
        {
            return new ProportionEstimate(measure, group, records.Length, double.NaN, undetermined / total, lower, upper, 0, 0, (0, 1), (0, 1));
        }

        var w = used.Sum(r => r.Weight);
        var p = used.Sum(r => r.Weight * Value(r)) / w;
        var kish = w * w / used.Sum(r => r.Weight * r.Weight);
        var effective = design ? DesignEffectiveSize(all, Used, Value, p, w, kish, used.Length) : kish;
        return new ProportionEstimate(
            measure, group, records.Length, p, undetermined / total, lower, upper, kish, effective,
            ProportionIntervals.Wilson(p, effective, options.Confidence),
            ProportionIntervals.ClopperPearson(p, effective, options.Confidence));
    }

    private static void CheckEveryStratumHasTwoUnits(IReadOnlyList<SurveyRecord> records)
    {
        foreach (var stratum in records.Select((r, i) => (r, i)).GroupBy(x => x.r.Stratum ?? string.Empty, StringComparer.Ordinal))
        {
            if (stratum.Select(x => x.r.Cluster ?? $"\u0001{x.i}").Distinct(StringComparer.Ordinal).Count() < 2)
            {
                throw new ArgumentException(
                    $"Stratum '{stratum.Key}' has a single sampling unit, so its variance cannot be estimated; merge it with a similar stratum.",
                    nameof(records));
            }
        }
    }

    /// <summary>
    /// p(1 - p) / Var(p), with Var(p) the linearised (ultimate-cluster, with-replacement) variance of the ratio estimator
    /// over every stratum and cluster of the design; records outside the domain contribute zero. Capped at the number of
    /// records behind the estimate; Kish's size when the variance is 0 or p is 0 or 1.
    /// </summary>
    private static double DesignEffectiveSize(IReadOnlyList<SurveyRecord> all, Func<SurveyRecord, bool> used, Func<SurveyRecord, double> value, double p, double totalWeight, double kish, int count)
    {
        double variance = 0;
        foreach (var stratum in all.Select((r, i) => (r, i)).GroupBy(x => x.r.Stratum ?? string.Empty, StringComparer.Ordinal))
        {
            var totals = stratum
                .Select(x => (Key: x.r.Cluster ?? $"\u0001{x.i}", Z: used(x.r) ? x.r.Weight * (value(x.r) - p) / totalWeight : 0))
                .GroupBy(x => x.Key, StringComparer.Ordinal)
                .Select(g => g.Sum(x => x.Z))
                .ToArray();
            var n = totals.Length;
            var mean = totals.Average();
            variance += n / (n - 1.0) * totals.Sum(z => (z - mean) * (z - mean));
        }

        return variance > 0 && p > 0 && p < 1 ? Math.Min(count, p * (1 - p) / variance) : kish;
    }
}
