using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ForcedLabourIndicators;

/// <summary>
/// Bulk scoring: assesses batches of cases into compact <see cref="CaseScore"/> results written into memory the caller
/// provides, allocating nothing per case, with every input yielding a result or an error in input order.
/// </summary>
/// <remarks>
/// <para>
/// Cases are packed into a <see cref="CaseBatch"/> (bit-sliced: one "known" and one "yes" bit per fact over blocks of 64
/// cases); the kernel then evaluates every rule, the ICLS determination, the 2012 rule by dimension and the band with
/// bitwise operations on 64 cases at once. Results agree exactly with <see cref="CaseAssessor.Assess"/>; the explained
/// assessment of any case stays available through <see cref="Explain(CaseBatch, int)"/>.
/// </para>
/// <para>
/// Supports the assessor's rules when every one is a <see cref="FactClauseRule"/> (the eleven ILO indicators are) and there
/// are at most <see cref="MaxRules"/>. Immutable and safe to share across threads; get one from <see cref="CaseAssessor.Bulk"/>.
/// </para>
/// </remarks>
public sealed class BulkAssessor
{
    /// <summary>The largest number of rules bulk scoring supports.</summary>
    public const int MaxRules = 24;

    private const int UndeterminedRow = 24;
    private const int DetLoRow = 48;
    private const int DetHiRow = 49;
    private const int SurveyLoRow = 50;
    private const int SurveyHiRow = 51;
    private const int ReferRow = 52;
    private const int FollowUpRow = 53;
    private const int ValidRow = 54;
    private const int TableBits = 12;
    private const int BlocksPerChunk = 256;

    private readonly ClauseProgram[] _rulePrograms;
    private readonly ClauseProgram[] _itemPrograms;
    private readonly int[] _invItems;
    private readonly int[] _penItems;
    private readonly int[] _penStrongItems;
    private readonly int[][] _invByDimension;
    private readonly int[][] _invStrongByDimension;
    private readonly double[] _weights;
    private readonly double[] _weightTable;
    private readonly double[] _scoreTable;
    private readonly double _totalWeight;
    private readonly double _referScore;
    private readonly uint _referMask;
    private readonly int _minimumAnswered;
    private readonly bool _anyStrength;
    private readonly bool _childAdultRule;
    private readonly int _parents;
    private readonly int _worst;

    /// <summary>Creates the bulk scorer of an assessor.</summary>
    /// <param name="assessor">The assessor whose methodology and rules to apply.</param>
    /// <exception cref="NotSupportedException">A rule is not a <see cref="FactClauseRule"/>, or there are more than <see cref="MaxRules"/> rules.</exception>
    public BulkAssessor(CaseAssessor assessor)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        Assessor = assessor;
        var rules = assessor.Rules;
        if (rules.Count > MaxRules)
        {
            throw new NotSupportedException($"Bulk scoring supports at most {MaxRules} rules; this assessor has {rules.Count}.");
        }

        var clauseRules = rules.Select(r => r as FactClauseRule
            ?? throw new NotSupportedException($"Bulk scoring supports rules derived from FactClauseRule; '{r.Code}' is not. Assess such cases one by one.")).ToArray();
        _rulePrograms = clauseRules.Select(r => new ClauseProgram(r.Clauses)).ToArray();
        ReadMask = rules.SelectMany(r => r.Facts).Aggregate(0UL, (m, f) => m | f.Mask);

        var m = assessor.Methodology;
        var items = SurveyItems.All;
        _itemPrograms = items.Select(i => new ClauseProgram(i.Clauses)).ToArray();
        bool Strong(int i) => m.StrengthOf(items[i]) == IndicatorStrength.Strong;
        var inv = Enumerable.Range(0, items.Count).Where(i => items[i].Element == DefinitionElement.Involuntariness).ToArray();
        _invItems = inv;
        _penItems = Enumerable.Range(0, items.Count).Where(i => items[i].Element == DefinitionElement.MenaceOfPenalty).ToArray();
        _penStrongItems = _penItems.Where(Strong).ToArray();
        _invByDimension = [.. Enumerable.Range(1, 3).Select(d => inv.Where(i => (int)items[i].Dimension == d).ToArray())];
        _invStrongByDimension = [.. _invByDimension.Select(d => d.Where(Strong).ToArray())];
        _anyStrength = m.StrengthPolicy == StrengthPolicy.AnyStrength;
        _childAdultRule = m.ChildPolicy == ChildPolicy.AdultRule;
        _parents = Facts.Child.ParentsInForcedLabour.Index;
        _worst = Facts.Child.WorstForms.Index;

        _weights = rules.Select(m.WeightOf).ToArray();
        _totalWeight = assessor.TotalWeight;
        _referScore = m.ReferScore;
        _referMask = 0;
        for (var r = 0; r < rules.Count; r++)
        {
            if (m.ReferringIndicators.Contains(rules[r].Code))
            {
                _referMask |= 1u << r;
            }
        }

        // Scores by present-rule mask, summed in rule order exactly as the single-case path sums them.
        var tableBits = Math.Min(TableBits, rules.Count);
        _weightTable = new double[1 << tableBits];
        _scoreTable = new double[1 << tableBits];
        for (var mask = 0; mask < _weightTable.Length; mask++)
        {
            double sum = 0;
            for (var r = 0; r < tableBits; r++)
            {
                if ((mask & (1 << r)) != 0)
                {
                    sum += _weights[r];
                }
            }

            _weightTable[mask] = sum;
            _scoreTable[mask] = 100 * sum / _totalWeight;
        }

        var read = BitOperations.PopCount(ReadMask);
        _minimumAnswered = int.MaxValue;
        for (var k = 0; k <= read; k++)
        {
            var coverage = read == 0 ? 1.0 : (double)k / read;
            if (coverage >= m.MinimumCoverage)
            {
                _minimumAnswered = k;
                break;
            }
        }
    }

    /// <summary>The assessor whose methodology and rules are applied.</summary>
    public CaseAssessor Assessor { get; }

    internal ulong ReadMask { get; }

    /// <summary>Creates an empty batch for this scorer.</summary>
    /// <param name="capacity">How many cases to make room for; adding more grows the batch.</param>
    /// <param name="keepSources">Whether to keep the added cases for <see cref="Explain(CaseBatch, int)"/> (default <see langword="true"/>).</param>
    /// <returns>The batch.</returns>
    public CaseBatch CreateBatch(int capacity = 0, bool keepSources = true) => new(this, capacity, keepSources);

    /// <summary>Scores every case of a batch on the calling thread, allocating nothing.</summary>
    /// <param name="batch">A batch created by this scorer.</param>
    /// <param name="results">Where to write the results: at least <see cref="CaseBatch.Count"/> slots; slot <c>i</c> gets case <c>i</c>.</param>
    /// <param name="cancellationToken">Checked between chunks of 16,384 cases.</param>
    public void Score(CaseBatch batch, Span<CaseScore> results, CancellationToken cancellationToken = default)
    {
        CheckBatch(batch, results.Length);
        var blocks = BlockCount(batch);
        for (var from = 0; from < blocks; from += BlocksPerChunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ScoreBlocks(batch, from, Math.Min(blocks, from + BlocksPerChunk), results);
        }
    }

    /// <summary>Scores every case of a batch, on several threads when the options allow; the results are the same whatever the degree.</summary>
    /// <param name="batch">A batch created by this scorer.</param>
    /// <param name="results">Where to write the results: at least <see cref="CaseBatch.Count"/> slots.</param>
    /// <param name="options">Parallelism.</param>
    /// <param name="cancellationToken">Checked between chunks of 16,384 cases.</param>
    public void Score(CaseBatch batch, CaseScore[] results, BulkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        CheckBatch(batch, results.Length);
        if (options.MaxDegreeOfParallelism == 1)
        {
            Score(batch, results.AsSpan(), cancellationToken);
            return;
        }

        var blocks = BlockCount(batch);
        var chunks = (blocks + BlocksPerChunk - 1) / BlocksPerChunk;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            c => ScoreBlocks(batch, c * BlocksPerChunk, Math.Min(blocks, (c + 1) * BlocksPerChunk), results));
    }

    /// <summary>Validates, packs and scores a list of cases into caller-provided results.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="results">At least <c>cases.Count</c> slots; slot <c>i</c> gets case <c>i</c> (<see cref="CaseScoreStatus.Rejected"/> when invalid).</param>
    /// <param name="options">Parallelism; sequential when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the work between chunks.</param>
    /// <returns>The rejected cases with their errors, in input order; empty when every case was valid.</returns>
    public IReadOnlyList<BatchError> Assess(IReadOnlyList<WorkerCase> cases, CaseScore[] results, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Length < cases.Count)
        {
            throw new ArgumentException($"The results need {cases.Count} slots; they have {results.Length}.", nameof(results));
        }

        var batch = CreateBatch(cases.Count, keepSources: false);
        batch.AddRange(cases, options, cancellationToken);
        Score(batch, results, options ?? BulkOptions.Sequential, cancellationToken);
        return batch.Errors;
    }

    /// <summary>Assesses a stream of cases in chunks, yielding one result per input in input order, with bounded memory.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="chunkSize">How many cases to pack and score at a time (default 4,096).</param>
    /// <param name="cancellationToken">Stops between cases.</param>
    /// <returns>One result per case: a score, or the errors of a rejected case.</returns>
    public IEnumerable<BulkResult> AssessStream(IEnumerable<WorkerCase> cases, int chunkSize = 4096, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return Stream(cases, chunkSize, cancellationToken);
    }

    /// <summary>Assesses an asynchronous stream of cases in chunks, yielding one result per input in input order, with bounded memory.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="chunkSize">How many cases to pack and score at a time (default 4,096).</param>
    /// <param name="cancellationToken">Stops between cases.</param>
    /// <returns>One result per case: a score, or the errors of a rejected case.</returns>
    public IAsyncEnumerable<BulkResult> AssessStreamAsync(IAsyncEnumerable<WorkerCase> cases, int chunkSize = 4096, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        return StreamAsync(cases, chunkSize, cancellationToken);
    }

    /// <summary>The full explained assessment of one case of a batch (the batch must keep its sources).</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="index">The case's index.</param>
    /// <returns>The explained assessment, which the case's <see cref="CaseScore"/> agrees with.</returns>
    /// <exception cref="InvalidCaseException">The case was rejected.</exception>
    public Assessment Explain(CaseBatch batch, int index)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Assessor.Assess(batch.SourceOf(index));
    }

    private IEnumerable<BulkResult> Stream(IEnumerable<WorkerCase> cases, int chunkSize, CancellationToken cancellationToken)
    {
        var batch = CreateBatch(chunkSize);
        var results = new CaseScore[chunkSize];
        var offset = 0;
        foreach (var c in cases)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(c ?? throw new ArgumentException($"The case at index {offset + batch.Count} is null.", nameof(cases)));
            if (batch.Count == chunkSize)
            {
                foreach (var r in Drain(batch, results, offset))
                {
                    yield return r;
                }

                offset += chunkSize;
            }
        }

        foreach (var r in Drain(batch, results, offset))
        {
            yield return r;
        }
    }

    private async IAsyncEnumerable<BulkResult> StreamAsync(IAsyncEnumerable<WorkerCase> cases, int chunkSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = CreateBatch(chunkSize);
        var results = new CaseScore[chunkSize];
        var offset = 0;
        await foreach (var c in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(c ?? throw new ArgumentException($"The case at index {offset + batch.Count} is null.", nameof(cases)));
            if (batch.Count == chunkSize)
            {
                foreach (var r in Drain(batch, results, offset))
                {
                    yield return r;
                }

                offset += chunkSize;
            }
        }

        foreach (var r in Drain(batch, results, offset))
        {
            yield return r;
        }
    }

    private List<BulkResult> Drain(CaseBatch batch, CaseScore[] results, int offset)
    {
        Score(batch, results.AsSpan());
        var list = new List<BulkResult>(batch.Count);
        var errors = batch.Errors;
        var e = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var source = batch.SourceOf(i);
            if (e < errors.Count && errors[e].Index == i)
            {
                list.Add(new BulkResult(offset + i, errors[e].CaseId, results[i], errors[e].Errors));
                e++;
            }
            else
            {
                list.Add(new BulkResult(offset + i, source.CaseId, results[i], []));
            }
        }

        batch.Clear();
        return list;
    }

    private void CheckBatch(CaseBatch batch, int resultsLength)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(batch.Owner, this))
        {
            throw new ArgumentException("The batch was packed by another bulk assessor; pack it with this one's CreateBatch.", nameof(batch));
        }

        if (resultsLength < batch.Count)
        {
            throw new ArgumentException($"The results need {batch.Count} slots; they have {resultsLength}.", nameof(batch));
        }
    }

    private static int BlockCount(CaseBatch batch) => (batch.Count + CaseBatch.BlockSize - 1) / CaseBatch.BlockSize;

    private void ScoreBlocks(CaseBatch batch, int fromBlock, int toBlock, Span<CaseScore> results)
    {
        Span<ulong> rows = stackalloc ulong[64];
        Span<ulong> no = stackalloc ulong[CaseBatch.FactCount];
        Span<ulong> itemPresent = stackalloc ulong[_itemPrograms.Length];
        Span<ulong> itemPossible = stackalloc ulong[_itemPrograms.Length];
        for (var b = fromBlock; b < toBlock; b++)
        {
            ScoreBlock(batch, b, results, rows, no, itemPresent, itemPossible);
        }
    }

    private void ScoreBlock(CaseBatch batch, int block, Span<CaseScore> results, Span<ulong> rows, Span<ulong> no, Span<ulong> itemPresent, Span<ulong> itemPossible)
    {
        var f = CaseBatch.FactCount;
        var words = batch.Words.AsSpan(block * CaseBatch.Stride, CaseBatch.Stride);
        var known = words[..f];
        var yes = words.Slice(f, f);
        var flags = words.Slice(2 * f, CaseBatch.FlagCount);
        for (var i = 0; i < f; i++)
        {
            no[i] = known[i] & ~yes[i];
        }

        rows.Clear();
        ulong anyPresent = 0, referring = 0;
        for (var r = 0; r < _rulePrograms.Length; r++)
        {
            var (present, refuted) = _rulePrograms[r].Evaluate(yes, no);
            rows[r] = present;
            rows[UndeterminedRow + r] = ~present & ~refuted;
            anyPresent |= present;
            if ((_referMask & (1u << r)) != 0)
            {
                referring |= present;
            }
        }

        for (var i = 0; i < _itemPrograms.Length; i++)
        {
            var (present, refuted) = _itemPrograms[i].Evaluate(yes, no);
            itemPresent[i] = present;
            itemPossible[i] = ~refuted;
        }

        ulong invTrue = Any(itemPresent, _invItems), invPossible = Any(itemPossible, _invItems);
        ulong penTrue = Any(itemPresent, _penItems), penPossible = Any(itemPossible, _penItems);

        // ICLS 2018, with the children's rule and unknown ages.
        ulong adultMeets = invTrue & penTrue, adultPossible = invPossible & penPossible;
        ulong childMeets, childPossible;
        if (_childAdultRule)
        {
            (childMeets, childPossible) = (adultMeets, adultPossible);
        }
        else
        {
            childMeets = penTrue | yes[_parents] | yes[_worst];
            childPossible = penPossible | ~no[_parents] | ~no[_worst];
        }

        ulong child = flags[CaseBatch.FlagChild], unknownAge = flags[CaseBatch.FlagAgeUnknown], adult = ~child & ~unknownAge;
        ulong excluded = flags[CaseBatch.FlagExcluded];
        var meets = (adult & adultMeets) | (child & childMeets) | (unknownAge & adultMeets & childMeets);
        var doesNotMeet = (adult & ~adultPossible) | (child & ~childPossible) | (unknownAge & ~adultPossible & ~childPossible);
        rows[DetLoRow] = doesNotMeet | excluded;
        rows[DetHiRow] = meets | excluded;

        // The 2012 rule by dimension.
        ulong surveyMeets = 0, surveyRuledOut = ~0UL;
        ulong penStrongTrue = Any(itemPresent, _penStrongItems), penStrongPossible = Any(itemPossible, _penStrongItems);
        for (var d = 0; d < 3; d++)
        {
            ulong it = Any(itemPresent, _invByDimension[d]), ip = Any(itemPossible, _invByDimension[d]);
            ulong dimMeets, dimPossible;
            if (_anyStrength)
            {
                dimMeets = it & penTrue;
                dimPossible = ip & penPossible;
            }
            else
            {
                ulong st = Any(itemPresent, _invStrongByDimension[d]), sp = Any(itemPossible, _invStrongByDimension[d]);
                dimMeets = (st & penTrue) | (it & penStrongTrue);
                dimPossible = (sp & penPossible) | (ip & penStrongPossible);
            }

            surveyMeets |= dimMeets;
            surveyRuledOut &= ~dimPossible;
        }

        rows[SurveyLoRow] = (surveyRuledOut & ~surveyMeets) | excluded;
        rows[SurveyHiRow] = surveyMeets | excluded;
        rows[ReferRow] = (meets & ~excluded) | referring;
        rows[FollowUpRow] = anyPresent | invTrue | penTrue | yes[_parents] | yes[_worst];
        rows[ValidRow] = flags[CaseBatch.FlagValid];

        Transpose64(rows);

        var first = block * CaseBatch.BlockSize;
        var count = Math.Min(CaseBatch.BlockSize, batch.Count - first);
        ref var answered = ref MemoryMarshal.GetArrayDataReference(batch.Answered);
        ref var output = ref MemoryMarshal.GetReference(results);
        ref var scores = ref MemoryMarshal.GetArrayDataReference(_scoreTable);
        var lowMask = (uint)_scoreTable.Length - 1;
        const ulong RuleMask = (1UL << MaxRules) - 1;
        const ulong KeptBits = (1UL << CaseScore.BandShift) - 1;
        const ulong Assessed = (ulong)CaseScoreStatus.Assessed << CaseScore.StatusShift;
        for (var j = 0; j < count; j++)
        {
            var bits = rows[j];
            ref var slot = ref Unsafe.Add(ref output, first + j);
            if ((bits & (1UL << ValidRow)) == 0)
            {
                slot = CaseScore.Rejected;
                continue;
            }

            var present = (uint)(bits & RuleMask);
            var score = (present & ~lowMask) == 0 ? Unsafe.Add(ref scores, (int)present) : ScoreWithHighRules(present, lowMask);
            var band = (bits & (1UL << ReferRow)) != 0 || score >= _referScore ? Band.Refer
                : (bits & (1UL << FollowUpRow)) != 0 ? Band.FollowUp
                : Unsafe.Add(ref answered, first + j) >= _minimumAnswered ? Band.NoIndicatorsFound
                : Band.InsufficientInformation;
            slot = new CaseScore(score, (bits & KeptBits) | ((ulong)band << CaseScore.BandShift) | Assessed);
        }
    }

    private double ScoreWithHighRules(uint present, uint lowMask)
    {
        var sum = _weightTable[present & lowMask];
        for (var high = present & ~lowMask; high != 0; high &= high - 1)
        {
            sum += _weights[BitOperations.TrailingZeroCount(high)];
        }

        return 100 * sum / _totalWeight;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Any(ReadOnlySpan<ulong> values, int[] indices)
    {
        ref var v = ref MemoryMarshal.GetReference(values);
        ulong any = 0;
        foreach (var i in indices)
        {
            any |= Unsafe.Add(ref v, i);
        }

        return any;
    }

    /// <summary>Transposes a 64×64 bit matrix in place: afterwards bit <c>r</c> of row <c>c</c> is what bit <c>c</c> of row <c>r</c> was.</summary>
    internal static void Transpose64(Span<ulong> a)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(a.Length, 64);
        ref var r = ref MemoryMarshal.GetReference(a);
        var j = 32;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j >= 8; j >>= 1)
            {
                var m = Vector512.Create(StageMask(j));
                for (var s = 0; s < 64; s += 2 * j)
                {
                    for (var k = s; k < s + j; k += 8)
                    {
                        var lo = Vector512.LoadUnsafe(ref r, (nuint)k);
                        var hi = Vector512.LoadUnsafe(ref r, (nuint)(k + j));
                        var t = (Vector512.ShiftRightLogical(lo, j) ^ hi) & m;
                        (lo ^ Vector512.ShiftLeft(t, j)).StoreUnsafe(ref r, (nuint)k);
                        (hi ^ t).StoreUnsafe(ref r, (nuint)(k + j));
                    }
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; j >= 4; j >>= 1)
            {
                var m = Vector256.Create(StageMask(j));
                for (var s = 0; s < 64; s += 2 * j)
                {
                    for (var k = s; k < s + j; k += 4)
                    {
                        var lo = Vector256.LoadUnsafe(ref r, (nuint)k);
                        var hi = Vector256.LoadUnsafe(ref r, (nuint)(k + j));
                        var t = (Vector256.ShiftRightLogical(lo, j) ^ hi) & m;
                        (lo ^ Vector256.ShiftLeft(t, j)).StoreUnsafe(ref r, (nuint)k);
                        (hi ^ t).StoreUnsafe(ref r, (nuint)(k + j));
                    }
                }
            }
        }

        for (; j != 0; j >>= 1)
        {
            var m = StageMask(j);
            for (var k = 0; k < 64; k = ((k | j) + 1) & ~j)
            {
                ref var lo = ref Unsafe.Add(ref r, k);
                ref var hi = ref Unsafe.Add(ref r, k | j);
                var t = ((lo >> j) ^ hi) & m;
                lo ^= t << j;
                hi ^= t;
            }
        }
    }

    /// <summary>The low-half mask of each 2j-bit group: 0x00000000FFFFFFFF for j = 32 down to 0x5555555555555555 for j = 1.</summary>
    private static ulong StageMask(int j) => j switch
    {
        32 => 0x00000000FFFFFFFFUL,
        16 => 0x0000FFFF0000FFFFUL,
        8 => 0x00FF00FF00FF00FFUL,
        4 => 0x0F0F0F0F0F0F0F0FUL,
        2 => 0x3333333333333333UL,
        _ => 0x5555555555555555UL,
    };

    /// <summary>
    /// The clauses of one rule or survey item as fact indices: single-fact clauses in one array (the common case), the
    /// others apart. Evaluates 64 cases at once: present where some clause is all yes, refuted where every clause has a no.
    /// </summary>
    private sealed class ClauseProgram
    {
        private readonly int[] _singles;
        private readonly int[][] _multis;

        internal ClauseProgram(IReadOnlyList<IReadOnlyList<Fact>> clauses)
        {
            _singles = clauses.Where(c => c.Count == 1).Select(c => c[0].Index).ToArray();
            _multis = clauses.Where(c => c.Count > 1).Select(c => c.Select(f => f.Index).ToArray()).ToArray();
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal (ulong Present, ulong Refuted) Evaluate(ReadOnlySpan<ulong> yes, ReadOnlySpan<ulong> no)
        {
            ref var y = ref MemoryMarshal.GetReference(yes);
            ref var n = ref MemoryMarshal.GetReference(no);
            ulong present = 0, refuted = ~0UL;
            foreach (var f in _singles)
            {
                present |= Unsafe.Add(ref y, f);
                refuted &= Unsafe.Add(ref n, f);
            }

            foreach (var clause in _multis)
            {
                ulong all = ~0UL, anyNo = 0;
                foreach (var f in clause)
                {
                    all &= Unsafe.Add(ref y, f);
                    anyNo |= Unsafe.Add(ref n, f);
                }

                present |= all;
                refuted &= anyNo;
            }

            return (present, refuted);
        }
    }
}
