using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ForcedLabourIndicators;

/// <summary>
/// The weights, thresholds and policies an assessment is made with: an immutable, validated object with an id, a version
/// and a content hash that every assessment carries, so that a result can be reproduced years later.
/// </summary>
/// <remarks>
/// <para>
/// Start from <see cref="Default"/> and change it with <see cref="ToBuilder"/>; <see cref="MethodologyBuilder.Build"/>
/// validates the settings and throws <see cref="MethodologyValidationException"/> naming every bad setting.
/// </para>
/// <para>
/// Thresholds that the ILO texts leave to national law, and classifications that the sources mark as unverified, are
/// settings here; each property documents its default and where the default comes from.
/// </para>
/// <para>This type is immutable and safe to share across threads.</para>
/// </remarks>
public sealed class Methodology
{
    /// <summary>The id of the built-in methodology.</summary>
    public const string DefaultId = "ilo-fl-indicators";

    /// <summary>The version of the built-in methodology. It changes whenever a default, a rule or a mapping changes.</summary>
    public const string DefaultVersion = "1.0.0";

    /// <summary>The built-in methodology with every default.</summary>
    public static Methodology Default { get; } = new MethodologyBuilder().Build();

    internal Methodology(MethodologyBuilder b)
    {
        Id = b.Id;
        Version = b.Version;
        Weights = b.Weights.ToFrozenDictionary(StringComparer.Ordinal);
        StrengthOverrides = b.StrengthOverrides.ToFrozenDictionary(StringComparer.Ordinal);
        WeeklyHoursLimit = b.WeeklyHoursLimit;
        MinimumRestDaysPerWeek = b.MinimumRestDaysPerWeek;
        SystematicWithholdingShare = b.SystematicWithholdingShare;
        PayShortfallShare = b.PayShortfallShare;
        DebtRepaymentMonthsLimit = b.DebtRepaymentMonthsLimit;
        StrengthPolicy = b.StrengthPolicy;
        ChildAgeLimit = b.ChildAgeLimit;
        ChildPolicy = b.ChildPolicy;
        ReferScore = b.ReferScore;
        ReferringIndicators = b.ReferringIndicators.ToFrozenSet(StringComparer.Ordinal);
        MinimumCoverage = b.MinimumCoverage;
        CanonicalText = BuildCanonicalText();
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText))).ToLowerInvariant();
    }

    /// <summary>The methodology's id. Default <see cref="DefaultId"/>.</summary>
    public string Id { get; }

    /// <summary>The methodology's version. Default <see cref="DefaultVersion"/>.</summary>
    public string Version { get; }

    /// <summary>
    /// The lowercase hex SHA-256 of every setting and of the definitions they apply to (the fact catalogue, the eleven
    /// indicators' clauses and default weights, the survey items' clauses and strengths), in a canonical text form: two
    /// methodologies with the same hash score every case the same way. Stamped on every assessment.
    /// </summary>
    public string ContentHash { get; }

    /// <summary>Weight overrides by indicator code; an indicator not listed uses its <see cref="IndicatorRule.DefaultWeight"/>.
    /// Default: empty.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; }

    /// <summary>Strength overrides by survey item code (<see cref="SurveyItem.Code"/>); an item not listed keeps its
    /// <see cref="SurveyItem.DefaultStrength"/>. Default: empty.</summary>
    public IReadOnlyDictionary<string, IndicatorStrength> StrengthOverrides { get; }

    /// <summary>
    /// Hours per week above which <c>workingTime.hoursAboveLimit</c> is yes (strictly above). Default 48: ILO Convention C1
    /// (1919), 8 hours a day and 48 a week. Set it to the national legal or collectively agreed limit where that is lower.
    /// </summary>
    public double WeeklyHoursLimit { get; }

    /// <summary>
    /// Full days off per week below which <c>workingTime.restBelowMinimum</c> is yes (strictly below). Default 1: weekly rest
    /// of 24 hours in every 7 days (ILO C14; UNVERIFIED in the project's sources, hence a setting).
    /// </summary>
    public double MinimumRestDaysPerWeek { get; }

    /// <summary>
    /// Share of pay withheld (0-1) at or above which <c>pay.shareWithheldAboveLimit</c> is yes. Default 0.25. The ILO texts
    /// set no figure: C95 Art. 8 requires a legal ceiling on deductions and R85 that deductions leave the worker enough to
    /// live on. 0.25 is this library's screening choice; set the national ceiling on deductions where it is known.
    /// </summary>
    public double SystematicWithholdingShare { get; }

    /// <summary>
    /// Shortfall of paid against promised monthly pay, as a share of the promised pay (0-1), at or above which
    /// <c>pay.paidLessThanPromised</c> is yes. Default 0.2. The ILO texts name deception about wages but no figure;
    /// 0.2 is this library's screening choice.
    /// </summary>
    public double PayShortfallShare { get; }

    /// <summary>
    /// Months of work needed to repay a debt above which <c>debt.repaymentBeyondLimit</c> is yes (strictly above). Default 12.
    /// The ILO texts set no figure; 12 months is this library's screening choice.
    /// </summary>
    public double DebtRepaymentMonthsLimit { get; }

    /// <summary>The strength policy of the 2012 survey guidelines' rule by dimension. Default
    /// <see cref="ForcedLabourIndicators.StrengthPolicy.AtLeastOneStrong"/> (the wording of that rule is UNVERIFIED, hence a setting).</summary>
    public StrengthPolicy StrengthPolicy { get; }

    /// <summary>Age in whole years below which the worker is a child. Default 18 (ILO C182 Art. 2).</summary>
    public int ChildAgeLimit { get; }

    /// <summary>How the determination treats a child. Default <see cref="ForcedLabourIndicators.ChildPolicy.CoercionSuffices"/>
    /// (the child indicator table is UNVERIFIED in the project's sources, hence a setting).</summary>
    public ChildPolicy ChildPolicy { get; }

    /// <summary>Score (0-100) at or above which the band is <see cref="Band.Refer"/>. Default 40: this library's choice,
    /// reached for example by three of the indicators that weigh 2 out of 18.</summary>
    public double ReferScore { get; }

    /// <summary>Indicator codes any one of which, when present, makes the band <see cref="Band.Refer"/> whatever the score.
    /// Default: <c>ILO05</c> (physical and sexual violence), following the published practice of letting a zero-tolerance
    /// finding cap the band.</summary>
    public IReadOnlySet<string> ReferringIndicators { get; }

    /// <summary>
    /// Coverage (0-1) a case needs, with no indicator present, to be banded <see cref="Band.NoIndicatorsFound"/> rather than
    /// <see cref="Band.InsufficientInformation"/>. Default 0.5: at least half of the facts the rules read must be answered.
    /// </summary>
    public double MinimumCoverage { get; }

    internal string CanonicalText { get; }

    /// <summary>Returns a builder holding this methodology's settings.</summary>
    /// <returns>A new builder; changing it never changes this instance.</returns>
    public MethodologyBuilder ToBuilder() => new(this);

    /// <summary>Returns the weight of an indicator under this methodology.</summary>
    /// <param name="rule">The indicator.</param>
    /// <returns>The override in <see cref="Weights"/>, or the indicator's default weight.</returns>
    public double WeightOf(IndicatorRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Weights.TryGetValue(rule.Code, out var w) ? w : rule.DefaultWeight;
    }

    /// <summary>Returns the strength of a survey item under this methodology.</summary>
    /// <param name="item">The survey item.</param>
    /// <returns>The override in <see cref="StrengthOverrides"/>, or the item's default strength.</returns>
    public IndicatorStrength StrengthOf(SurveyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return StrengthOverrides.TryGetValue(item.Code, out var s) ? s : item.DefaultStrength;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} {Version} ({ContentHash[..12]})";

    internal static string ClauseText(IReadOnlyList<IReadOnlyList<Fact>> clauses) =>
        string.Join('|', clauses.Select(c => string.Join('&', c.Select(f => f.Code))));

    private string BuildCanonicalText()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"id={Id}\nversion={Version}\n");
        foreach (var kv in Weights.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.Append(ci, $"weight.{kv.Key}={kv.Value:R}\n");
        }

        foreach (var kv in StrengthOverrides.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.Append(ci, $"strength.{kv.Key}={kv.Value}\n");
        }

        sb.Append(ci, $"weeklyHoursLimit={WeeklyHoursLimit:R}\nminimumRestDaysPerWeek={MinimumRestDaysPerWeek:R}\n");
        sb.Append(ci, $"systematicWithholdingShare={SystematicWithholdingShare:R}\npayShortfallShare={PayShortfallShare:R}\n");
        sb.Append(ci, $"debtRepaymentMonthsLimit={DebtRepaymentMonthsLimit:R}\nstrengthPolicy={StrengthPolicy}\n");
        sb.Append(ci, $"childAgeLimit={ChildAgeLimit}\nchildPolicy={ChildPolicy}\nreferScore={ReferScore:R}\n");
        sb.Append(ci, $"referringIndicators={string.Join(',', ReferringIndicators.Order(StringComparer.Ordinal))}\n");
        sb.Append(ci, $"minimumCoverage={MinimumCoverage:R}\n");

        // The definitions the settings apply to: the fact catalogue, the eleven indicators and the survey items.
        foreach (var f in Facts.All)
        {
            sb.Append(ci, $"fact.{f.Index}={f.Code}\n");
        }

        foreach (var r in IloIndicators.All)
        {
            sb.Append(ci, $"rule.{r.Code}={r.DefaultWeight:R}:{ClauseText(r.Clauses)}\n");
        }

        foreach (var i in SurveyItems.All)
        {
            sb.Append(ci, $"item.{i.Code}={i.Element}:{i.Dimension}:{i.DefaultStrength}:{ClauseText(i.Clauses)}\n");
        }

        return sb.ToString();
    }
}
