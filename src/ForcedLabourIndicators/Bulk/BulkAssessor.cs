using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using V = System.Numerics.Vector<ulong>;

namespace ForcedLabourIndicators;

/// <summary>
/// Bulk scoring: assesses batches of cases into compact <see cref="CaseScore"/> results written into memory the caller
/// provides, allocating nothing per case, with every input yielding a result or an error in input order.
/// </summary>
/// <remarks>
/// <para>
/// Cases are packed into a <see cref="CaseBatch"/> (bit-sliced: one "known" and one "yes" bit per fact); the kernel then
/// evaluates every rule, the ICLS determination, the 2012 rule by dimension and the band with bitwise operations on a
/// hardware vector of 64-case lanes at once (256 cases with 256-bit vectors). Results agree exactly with <see cref="CaseAssessor.Assess"/>; the explained
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

    // The rows of a block before transposition, laid out as the bits of CaseScore's packed value.
    private const int UndeterminedRow = CaseScore.UndeterminedShift;
    private const int DetLoRow = CaseScore.DeterminationShift;
    private const int DetHiRow = DetLoRow + 1;
    private const int SurveyLoRow = CaseScore.SurveyShift;
    private const int SurveyHiRow = SurveyLoRow + 1;
    private const int BandLoRow = CaseScore.BandShift;
    private const int BandHiRow = BandLoRow + 1;
    private const int AssessedRow = CaseScore.StatusShift;
    private const int RejectedRow = AssessedRow + 1;
    private const int TableBits = 12;
    private const int BlocksPerChunk = 256;

    private readonly ClauseProgram[] _rulePrograms;
    private readonly ClauseProgram _involuntary;
    private readonly ClauseProgram _penalty;
    private readonly ClauseProgram _strongPenalty;
    private readonly ClauseProgram[] _involuntaryByDimension;
    private readonly ClauseProgram[] _strongInvoluntaryByDimension;
    private readonly double[] _weights;
    private readonly double[] _weightTable;
    private readonly double[] _scoreTable;
    private readonly ulong[] _referByScoreTable;
    private readonly double _totalWeight;
    private readonly double _referScore;
    private readonly uint _referMask;

    private readonly bool _anyStrength;
    private readonly bool _compact;
    private readonly bool _childAdultRule;
    private readonly int _parents;
    private readonly int _worst;
    private readonly int _thirdParty;

    /// <summary>Creates the bulk scorer of an assessor.</summary>
    /// <param name="assessor">The assessor whose methodology and rules to apply.</param>
    /// <exception cref="NotSupportedException">A rule is not a <see cref="FactClauseRule"/>, or there are more than <see cref="MaxRules"/> rules.</exception>
    internal BulkAssessor(CaseAssessor assessor)
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
        // Every aggregate the determination needs ("some involuntariness item is present", "some strong penalty item is
        // still possible", ...) is an OR over the clauses of the items it covers, so each is one program over those clauses.
        bool Strong(SurveyItem i) => m.StrengthOf(i) == IndicatorStrength.Strong;
        ClauseProgram Over(Func<SurveyItem, bool> which) => new(items.Where(which).SelectMany(i => i.Clauses).ToArray());
        _involuntary = Over(i => i.Element == DefinitionElement.Involuntariness);
        _penalty = Over(i => i.Element == DefinitionElement.MenaceOfPenalty);
        _strongPenalty = Over(i => i.Element == DefinitionElement.MenaceOfPenalty && Strong(i));
        _involuntaryByDimension = [.. Enumerable.Range(1, 3).Select(d => Over(i => i.Element == DefinitionElement.Involuntariness && (int)i.Dimension == d))];
        _strongInvoluntaryByDimension = [.. Enumerable.Range(1, 3).Select(d => Over(i => i.Element == DefinitionElement.Involuntariness && (int)i.Dimension == d && Strong(i)))];
        _anyStrength = m.StrengthPolicy == StrengthPolicy.AnyStrength;
        _childAdultRule = m.ChildPolicy == ChildPolicy.AdultRule;
        _parents = Facts.Child.ParentsInForcedLabour.Index;
        _worst = Facts.Child.WorstForms.Index;
        _thirdParty = Facts.Child.CoercedByThirdParty.Index;

        _weights = rules.Select(m.WeightOf).ToArray();
        _compact = rules.Count <= TableBits;
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
        _referByScoreTable = new ulong[1 << tableBits];
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
            _referByScoreTable[mask] = _scoreTable[mask] >= m.ReferScore ? 3UL << CaseScore.BandShift : 0;
        }

        var read = BitOperations.PopCount(ReadMask);
        MinimumAnswered = int.MaxValue;
        for (var k = 0; k <= read; k++)
        {
            var coverage = read == 0 ? 1.0 : (double)k / read;
            if (coverage >= m.MinimumCoverage)
            {
                MinimumAnswered = k;
                break;
            }
        }
    }

    /// <summary>The assessor whose methodology and rules are applied.</summary>
    public CaseAssessor Assessor { get; }

    internal ulong ReadMask { get; }

    /// <summary>How many of the facts the rules read must be answered for the coverage to reach the methodology's minimum
    /// (computed with the same arithmetic as <see cref="Assessment.Coverage"/>).</summary>
    internal int MinimumAnswered { get; }

    /// <summary>Creates an empty batch for this scorer.</summary>
    /// <param name="capacity">How many cases to make room for; adding more grows the batch.</param>
    /// <param name="keepSources">Whether to keep the added cases for <see cref="Explain(CaseBatch, int)"/> (default <see langword="true"/>).</param>
    /// <returns>The batch.</returns>
    public CaseBatch CreateBatch(int capacity = 0, bool keepSources = true) => new(this, capacity, keepSources);

    /// <summary>Scores every case of a batch on the calling thread, allocating nothing.</summary>
    /// <param name="batch">A batch created by this scorer.</param>
    /// <param name="results">Where to write the results: at least <see cref="CaseBatch.Count"/> slots; slot <c>i</c> gets case <c>i</c>.</param>
    /// <param name="cancellationToken">Checked between chunks of 256 blocks (16,384 cases a lane; 65,536 with 256-bit vectors).</param>
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
    /// <param name="cancellationToken">Checked between chunks of 256 blocks (16,384 cases a lane; 65,536 with 256-bit vectors).</param>
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
        Span<V> rows = stackalloc V[64];
        Span<V> no = stackalloc V[CaseBatch.FactCount];
        Span<ulong> lane = stackalloc ulong[64];
        for (var b = fromBlock; b < toBlock; b++)
        {
            ScoreBlock(batch, b, results, rows, no, lane);
        }
    }

    /// <summary>
    /// Scores one block: every rule, the determination, the survey rule and the band as bitwise operations on vectors of
    /// 64-case lanes; then, lane by lane, transposes the rows into one word per case and writes the results.
    /// </summary>
    private void ScoreBlock(CaseBatch batch, int block, Span<CaseScore> results, Span<V> rows, Span<V> no, Span<ulong> lane)
    {
        var f = CaseBatch.FactCount;
        var words = MemoryMarshal.Cast<ulong, V>(batch.Words.AsSpan(block * CaseBatch.Stride, CaseBatch.Stride));
        var known = words[..f];
        var yes = words.Slice(f, f);
        var flags = words.Slice(2 * f, CaseBatch.FlagCount);
        for (var i = 0; i < f; i++)
        {
            no[i] = known[i] & ~yes[i];
        }

        rows.Clear();
        V anyPresent = V.Zero, referring = V.Zero;
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

        var (invTrue, invPossible) = _involuntary.Any(yes, no);
        var (penTrue, penPossible) = _penalty.Any(yes, no);

        // ICLS 2018, with the children's rule and unknown ages.
        V adultMeets = invTrue & penTrue, adultPossible = invPossible & penPossible;
        V childMeets, childPossible;
        if (_childAdultRule)
        {
            (childMeets, childPossible) = (adultMeets, adultPossible);
        }
        else
        {
            childMeets = adultMeets | yes[_thirdParty] | yes[_parents] | yes[_worst];
            childPossible = adultPossible | ~no[_thirdParty] | ~no[_parents] | ~no[_worst];
        }

        V child = flags[CaseBatch.FlagChild], unknownAge = flags[CaseBatch.FlagAgeUnknown], adult = ~child & ~unknownAge;
        var excluded = flags[CaseBatch.FlagExcluded];
        var meets = (adult & adultMeets) | (child & childMeets) | (unknownAge & adultMeets & childMeets);
        var doesNotMeet = (adult & ~adultPossible) | (child & ~childPossible) | (unknownAge & ~adultPossible & ~childPossible);
        rows[DetLoRow] = doesNotMeet | excluded;
        rows[DetHiRow] = meets | excluded;

        // The 2012 rule by dimension.
        V surveyMeets = V.Zero, surveyRuledOut = V.AllBitsSet;
        var (penStrongTrue, penStrongPossible) = _strongPenalty.Any(yes, no);
        for (var d = 0; d < 3; d++)
        {
            var (it, ip) = _involuntaryByDimension[d].Any(yes, no);
            V dimMeets, dimPossible;
            if (_anyStrength)
            {
                dimMeets = it & penTrue;
                dimPossible = ip & penPossible;
            }
            else
            {
                var (st, sp) = _strongInvoluntaryByDimension[d].Any(yes, no);
                dimMeets = (st & penTrue) | (it & penStrongTrue);
                dimPossible = (sp & penPossible) | (ip & penStrongPossible);
            }

            surveyMeets |= dimMeets;
            surveyRuledOut &= ~dimPossible;
        }

        rows[SurveyLoRow] = (surveyRuledOut & ~surveyMeets) | excluded;
        rows[SurveyHiRow] = surveyMeets | excluded;

        // The band without the score: refer, follow up, or enough coverage for "no indicators found". A score at or above
        // the refer score raises both band bits case by case when the results are written.
        var refer = (meets & ~excluded) | referring;
        var followUp = anyPresent | invTrue | penTrue | yes[_thirdParty] | yes[_parents] | yes[_worst];
        rows[BandHiRow] = refer | followUp;
        rows[BandLoRow] = refer | (~followUp & flags[CaseBatch.FlagCoverageMet]);

        // A rejected case keeps only its status; everything else of it reads zero.
        var valid = flags[CaseBatch.FlagValid];
        var ruleCount = _rulePrograms.Length;
        for (var r = 0; r < ruleCount; r++)
        {
            rows[r] &= valid;
            rows[UndeterminedRow + r] &= valid;
        }

        for (var r = DetLoRow; r < AssessedRow; r++)
        {
            rows[r] &= valid;
        }

        rows[AssessedRow] = valid;
        rows[RejectedRow] = ~valid;

        // Lane by lane: gather the lane's rows, transpose them into one word per case, write the results.
        var lanes = CaseBatch.Lanes;
        var rowWords = MemoryMarshal.Cast<V, ulong>(rows);
        var blockFirst = block * CaseBatch.BlockSize;
        for (var w = 0; w < lanes; w++)
        {
            var first = blockFirst + (w * CaseBatch.LaneSize);
            if (first >= batch.Count)
            {
                break;
            }

            var output = results.Slice(first, Math.Min(CaseBatch.LaneSize, batch.Count - first));
            if (_compact)
            {
                // With at most 12 rules every case's bits fit 32 rows: present, undetermined, then the 8 status rows;
                // the two 32×32 halves are transposed at once.
                for (var r = 0; r < ruleCount; r++)
                {
                    lane[r] = rowWords[(r * lanes) + w];
                    lane[ruleCount + r] = rowWords[((UndeterminedRow + r) * lanes) + w];
                }

                for (var r = 0; r < 8; r++)
                {
                    lane[(2 * ruleCount) + r] = rowWords[((DetLoRow + r) * lanes) + w];
                }

                lane[((2 * ruleCount) + 8)..32].Clear();
                TransposeStages(lane, 32, 16);
                WriteCompactScores(lane, output, ruleCount, _scoreTable, _referByScoreTable);
            }
            else
            {
                for (var r = 0; r < 64; r++)
                {
                    lane[r] = rowWords[(r * lanes) + w];
                }

                Transpose64(lane);
                WriteScoresWithHighRules(lane, output);
            }
        }
    }

    /// <summary>Writes one result per case from the two transposed 32×32 halves: bits 0-31 of row j hold case j,
    /// bits 32-63 hold case 32 + j; each is present rules, undetermined rules, then the 8 status bits.</summary>
    private static void WriteCompactScores(ReadOnlySpan<ulong> rows, Span<CaseScore> output, int rules, double[] scoreTable, ulong[] referTable)
    {
        var ruleMask = (1u << rules) - 1;
        ref var scores = ref MemoryMarshal.GetArrayDataReference(scoreTable);
        ref var refers = ref MemoryMarshal.GetArrayDataReference(referTable);
        ref var bits = ref MemoryMarshal.GetReference(rows);
        ref var slot = ref MemoryMarshal.GetReference(output);
        for (var j = 0; j < output.Length; j++)
        {
            var x = (uint)(Unsafe.Add(ref bits, j & 31) >> ((j >> 5) << 5));
            var present = (int)(x & ruleMask);
            var packed = (uint)present | ((ulong)((x >> rules) & ruleMask) << CaseScore.UndeterminedShift)
                | ((ulong)(x >> (2 * rules)) << CaseScore.DeterminationShift) | Unsafe.Add(ref refers, present);
            Unsafe.Add(ref slot, j) = new CaseScore(Unsafe.Add(ref scores, present), packed);
        }
    }

    private void WriteScoresWithHighRules(ReadOnlySpan<ulong> rows, Span<CaseScore> output)
    {
        const ulong RuleMask = (1UL << MaxRules) - 1;
        const ulong BothBandBits = 3UL << CaseScore.BandShift;
        var lowMask = (uint)_scoreTable.Length - 1;
        for (var j = 0; j < output.Length; j++)
        {
            var present = (uint)(rows[j] & RuleMask);
            var score = ScoreWithHighRules(present, lowMask);
            output[j] = new CaseScore(score, rows[j] | (score >= _referScore ? BothBandBits : 0));
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

    /// <summary>Transposes a 64×64 bit matrix in place: afterwards bit <c>r</c> of row <c>c</c> is what bit <c>c</c> of row <c>r</c> was.</summary>
    internal static void Transpose64(Span<ulong> a) => TransposeStages(a, 64, 32);

    /// <summary>
    /// The swap stages of a bit-matrix transpose, from stage <paramref name="firstStage"/> down to 1, over the first
    /// <paramref name="rows"/> rows. With 64 rows from stage 32 it transposes 64×64; with 32 rows from stage 16 it
    /// transposes the low and the high 32 bits of the 32 rows as two independent 32×32 matrices.
    /// </summary>
    internal static void TransposeStages(Span<ulong> a, int rows, int firstStage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(a.Length, rows);
        ref var r = ref MemoryMarshal.GetReference(a);
        var j = firstStage;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; j >= 8; j >>= 1)
            {
                var m = Vector512.Create(StageMask(j));
                for (var s = 0; s < rows; s += 2 * j)
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
                for (var s = 0; s < rows; s += 2 * j)
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
            for (var k = 0; k < rows; k = ((k | j) + 1) & ~j)
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
            _singles = clauses.Where(c => c.Count == 1).Select(c => c[0].Index).Distinct().ToArray();
            _multis = clauses.Where(c => c.Count > 1).Select(c => c.Select(f => f.Index).ToArray()).ToArray();
        }

        /// <summary>Where some clause is all yes, and where some clause is not refuted (could still hold).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal (V Present, V Possible) Any(ReadOnlySpan<V> yes, ReadOnlySpan<V> no)
        {
            ref var y = ref MemoryMarshal.GetReference(yes);
            ref var n = ref MemoryMarshal.GetReference(no);
            V present = V.Zero, possible = V.Zero;
            foreach (var f in _singles)
            {
                present |= Unsafe.Add(ref y, f);
                possible |= ~Unsafe.Add(ref n, f);
            }

            foreach (var clause in _multis)
            {
                V all = V.AllBitsSet, anyNo = V.Zero;
                foreach (var f in clause)
                {
                    all &= Unsafe.Add(ref y, f);
                    anyNo |= Unsafe.Add(ref n, f);
                }

                present |= all;
                possible |= ~anyNo;
            }

            return (present, possible);
        }

        /// <summary>Where some clause is all yes, and where every clause has a fact answered no.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal (V Present, V Refuted) Evaluate(ReadOnlySpan<V> yes, ReadOnlySpan<V> no)
        {
            ref var y = ref MemoryMarshal.GetReference(yes);
            ref var n = ref MemoryMarshal.GetReference(no);
            V present = V.Zero, refuted = V.AllBitsSet;
            foreach (var f in _singles)
            {
                present |= Unsafe.Add(ref y, f);
                refuted &= Unsafe.Add(ref n, f);
            }

            foreach (var clause in _multis)
            {
                V all = V.AllBitsSet, anyNo = V.Zero;
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
