using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Reflection;

namespace ForcedLabourIndicators;

/// <summary>
/// The assessor: validates a case, evaluates every rule, and builds the explained assessment. Immutable and safe to share
/// across threads once built.
/// </summary>
/// <remarks>
/// Create one with <see cref="Create(Methodology?, IEnumerable{IndicatorRule}?)"/> (or take <see cref="Default"/>), or register one with
/// <c>services.AddForcedLabourIndicators(...)</c>. Building validates the whole configuration: an invalid methodology or rule
/// set fails here, never in the middle of a batch. Scoring reads no clock, no randomness and does no I/O.
/// </remarks>
public sealed class CaseAssessor : ICaseAssessor
{
    private static readonly Lazy<CaseAssessor> s_default = new(() => Create());

    private readonly Lazy<BulkAssessor> _bulk;

    // Evidence of a fact answered directly holds no figure, so one immutable instance per fact and answer serves every case.
    private static readonly Evidence[] s_answered =
        Facts.AllArray.SelectMany(f => new[] { new Evidence(f, Answer.Unknown), new Evidence(f, Answer.No), new Evidence(f, Answer.Yes) }).ToArray();

    private readonly IndicatorRule[] _rules;
    private readonly double[] _weights;
    private readonly double _totalWeight;
    private readonly ulong _readMask;
    private readonly ulong[] _ruleMasks;
    private readonly bool[] _refers;

    private CaseAssessor(Methodology methodology, IndicatorRule[] rules, double[] weights)
    {
        Methodology = methodology;
        _rules = rules;
        _weights = weights;
        _totalWeight = weights.Sum();
        _ruleMasks = rules.Select(RuleMask).ToArray();
        _readMask = rules.SelectMany(r => r.Facts).Aggregate(0UL, (m, f) => m | f.Mask);
        _refers = rules.Select(r => methodology.ReferringIndicators.Contains(r.Code)).ToArray();
        Stamp = new MethodologyStamp(
            methodology.Id,
            methodology.Version,
            methodology.ContentHash,
            rules.Skip(IloIndicators.All.Count).Select(r => r.Code).ToArray(),
            LibraryVersion,
            RulesHashOf(rules, weights));
        _bulk = new Lazy<BulkAssessor>(() => new BulkAssessor(this));
    }

    /// <summary>The assessor with the default methodology and the eleven ILO indicators.</summary>
    public static CaseAssessor Default => s_default.Value;

    /// <summary>The informational version of this library.</summary>
    public static string LibraryVersion { get; } =
        typeof(CaseAssessor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <inheritdoc/>
    public Methodology Methodology { get; }

    /// <inheritdoc/>
    public IReadOnlyList<IndicatorRule> Rules => _rules;

    /// <inheritdoc/>
    public MethodologyStamp Stamp { get; }

    /// <summary>Bulk scoring with this assessor's methodology and rules (created on first use).</summary>
    /// <exception cref="NotSupportedException">An added rule is not a <see cref="FactClauseRule"/>, or there are more than
    /// <see cref="BulkAssessor.MaxRules"/> rules.</exception>
    public BulkAssessor Bulk => _bulk.Value;

    internal double TotalWeight => _totalWeight;

    /// <summary>Builds an assessor from a methodology and rules added beside the eleven ILO indicators.</summary>
    /// <param name="methodology">The methodology; <see cref="Methodology.Default"/> when <see langword="null"/>.</param>
    /// <param name="additionalRules">Rules to add, for example for a national law; their order does not matter.</param>
    /// <returns>The assessor.</returns>
    /// <exception cref="MethodologyValidationException">A rule code is empty or repeated, a weight or referring indicator names no
    /// rule, a weight is negative or not finite, or every weight is 0.</exception>
    public static CaseAssessor Create(Methodology? methodology = null, IEnumerable<IndicatorRule>? additionalRules = null)
    {
        methodology ??= Methodology.Default;
        var added = (additionalRules ?? []).ToArray();
        if (added.Any(r => r is null))
        {
            throw new ArgumentException("An added rule is null.", nameof(additionalRules));
        }

        Array.Sort(added, static (a, b) => string.CompareOrdinal(a.Code, b.Code));
        IndicatorRule[] rules = [.. IloIndicators.All, .. added];
        var weights = rules.Select(methodology.WeightOf).ToArray();
        var errors = CheckConfiguration(methodology, rules, weights);
        if (errors.Count > 0)
        {
            throw new MethodologyValidationException(errors);
        }

        return new CaseAssessor(methodology, rules, weights);
    }

    /// <inheritdoc/>
    public Assessment Assess(WorkerCase workerCase)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        if (!CaseFacts.TryCreate(workerCase, Methodology, out var facts))
        {
            throw new InvalidCaseException(WorkerCaseValidator.SafeId(workerCase.CaseId), Validate(workerCase).Errors);
        }

        return AssessValid(facts);
    }

    /// <inheritdoc/>
    public bool TryAssess(WorkerCase workerCase, [NotNullWhen(true)] out Assessment? assessment, out IReadOnlyList<CaseError> errors)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        if (!CaseFacts.TryCreate(workerCase, Methodology, out var facts))
        {
            assessment = null;
            errors = Validate(workerCase).Errors;
            return false;
        }

        assessment = AssessValid(facts);
        errors = [];
        return true;
    }

    /// <inheritdoc/>
    public CaseValidationResult Validate(WorkerCase workerCase)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        var result = WorkerCaseValidator.Instance.Validate(workerCase);
        if (result.IsValid)
        {
            return CaseValidationResult.Success;
        }

        var id = WorkerCaseValidator.SafeId(workerCase.CaseId);
        return CaseValidationResult.Fail(result.Errors.Select(e => new CaseError(id, e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToArray());
    }

    private Assessment AssessValid(in CaseFacts facts)
    {
        var findings = new IndicatorFinding[_rules.Length];
        double presentWeight = 0;
        bool referringPresent = false, anyPresent = false;
        for (var i = 0; i < _rules.Length; i++)
        {
            var outcome = _rules[i].Evaluate(facts);
            var present = outcome.Status == FindingStatus.Present;
            if (present)
            {
                presentWeight += _weights[i];
                referringPresent |= _refers[i];
                anyPresent = true;
            }

            findings[i] = new IndicatorFinding(
                _rules[i].Code,
                _rules[i].Name,
                outcome.Status,
                _weights[i],
                present ? 100 * _weights[i] / _totalWeight : 0,
                EvidenceOf(facts, outcome.Because),
                FactSet.Of(_ruleMasks[i] & ~facts.Known));
        }

        var score = 100 * presentWeight / _totalWeight;
        var coverage = _readMask == 0 ? 1.0 : (double)BitOperations.PopCount(facts.Known & _readMask) / BitOperations.PopCount(_readMask);
        var (determination, surveyRule) = DefinitionEvaluator.Evaluate(facts, Methodology);
        var elementPresent = determination.Involuntariness.Status == FindingStatus.Present
            || determination.MenaceOfPenalty.Status == FindingStatus.Present
            || determination.ChildRuleFacts.Count > 0;
        var band = determination.Status == DefinitionStatus.Meets || score >= Methodology.ReferScore || referringPresent ? Band.Refer
            : anyPresent || elementPresent ? Band.FollowUp
            : coverage >= Methodology.MinimumCoverage ? Band.NoIndicatorsFound
            : Band.InsufficientInformation;

        return new Assessment(facts.Case.CaseId, Stamp, findings, score, coverage, band, determination, surveyRule);
    }

    private static string RulesHashOf(IndicatorRule[] rules, double[] weights)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < rules.Length; i++)
        {
            var clauses = rules[i] is FactClauseRule c ? Methodology.ClauseText(c.Clauses) : "custom";
            text.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{rules[i].Code}={weights[i]:R}:{string.Join(',', rules[i].Facts.Select(f => f.Code))}:{clauses}\n");
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    private static ulong RuleMask(IndicatorRule rule) =>
        rule is FactClauseRule clause ? clause.Mask : rule.Facts.Aggregate(0UL, (m, f) => m | f.Mask);

    private Evidence[] EvidenceOf(in CaseFacts facts, ulong mask)
    {
        if (mask == 0)
        {
            return [];
        }

        var list = new Evidence[BitOperations.PopCount(mask)];
        var all = Facts.All;
        var n = 0;
        while (mask != 0)
        {
            var fact = all[BitOperations.TrailingZeroCount(mask)];
            mask &= mask - 1;
            var answer = facts[fact];
            if (fact.IsDerived && answer != Answer.Unknown)
            {
                var (figure, threshold) = facts.FigureFor(fact, Methodology);
                list[n++] = new Evidence(fact, answer, fact.DerivedFrom, figure, threshold);
            }
            else
            {
                list[n++] = s_answered[(fact.Index * 3) + (int)answer];
            }
        }

        return list;
    }

    private static List<MethodologyError> CheckConfiguration(Methodology m, IndicatorRule[] rules, double[] weights)
    {
        var errors = new List<MethodologyError>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Length; i++)
        {
            var code = rules[i].Code;
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add(new MethodologyError("Rules", $"The rule {rules[i].GetType().Name} has no code."));
            }
            else if (!codes.Add(code))
            {
                errors.Add(new MethodologyError("Rules", $"Two rules have the code '{code}'; codes must be unique."));
            }

            if (!double.IsFinite(weights[i]) || weights[i] < 0)
            {
                errors.Add(new MethodologyError("Weights", $"The weight of rule '{code}' must be a finite number, 0 or more."));
            }

            if (rules[i].Facts is null)
            {
                errors.Add(new MethodologyError("Rules", $"The rule '{code}' lists no facts (null)."));
            }
        }

        foreach (var code in m.Weights.Keys.Where(k => !codes.Contains(k)))
        {
            errors.Add(new MethodologyError("Weights", $"A weight is set for '{code}', which is not the code of any rule."));
        }

        foreach (var code in m.ReferringIndicators.Where(k => !codes.Contains(k)))
        {
            errors.Add(new MethodologyError("ReferringIndicators", $"'{code}' is not the code of any rule."));
        }

        if (errors.Count == 0 && weights.Sum() <= 0)
        {
            errors.Add(new MethodologyError("Weights", "At least one rule must have a weight above 0."));
        }

        return errors;
    }
}
