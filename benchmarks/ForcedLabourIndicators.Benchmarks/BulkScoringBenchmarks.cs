using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace ForcedLabourIndicators.Benchmarks;

/// <summary>
/// The five-way comparison on the same synthetic cases: the project's bulk path (scoring a packed batch single-threaded,
/// the baseline, and parallel; and packing plus scoring from the cases), its explained single-case path, Microsoft RulesEngine with the same 11 rules, the usual object-per-rule first
/// version, and the memory floor (summing every word of the packed batch). All scorers agree on hit sets and scores (a test).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class BulkScoringBenchmarks
{
    private CaseAssessor _assessor = null!;
    private WorkerCase[] _cases = [];
    private FlatCase[] _flat = [];
    private CaseBatch _batch = null!;
    private CaseScore[] _results = [];
    private ObjectPerRuleScorer _objectPerRule = null!;
    private RulesEngineScorer _rulesEngine = null!;

    /// <summary>100k and 1M cases; 1,000 in quick mode (environment variable FLI_BENCH_QUICK=1).</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("FLI_BENCH_QUICK") == "1" ? [1_000] : [100_000, 1_000_000];

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _assessor = CaseAssessor.Default;
        _cases = SyntheticCases.Generate(N);
        _batch = _assessor.Bulk.CreateBatch(N, keepSources: false);
        _batch.AddRange(_cases, BulkOptions.Parallel);
        _results = new CaseScore[N];
        _flat = _cases.Select(FlatCase.From).ToArray();
        _objectPerRule = new ObjectPerRuleScorer(_assessor.Methodology);
        _rulesEngine = new RulesEngineScorer(_assessor.Methodology);
    }

    [Benchmark(Baseline = true, Description = "Bulk (1 thread)")]
    public double Bulk()
    {
        _assessor.Bulk.Score(_batch, _results.AsSpan());
        return _results[^1].Score;
    }

    [Benchmark(Description = "Bulk (parallel)")]
    public double BulkParallel()
    {
        _assessor.Bulk.Score(_batch, _results, BulkOptions.Parallel);
        return _results[^1].Score;
    }

    [Benchmark(Description = "Bulk incl. packing (1 thread)")]
    public double BulkWithPacking()
    {
        var batch = _assessor.Bulk.CreateBatch(N, keepSources: false);
        batch.AddRange(_cases);
        _assessor.Bulk.Score(batch, _results.AsSpan());
        return _results[^1].Score;
    }

    [Benchmark(Description = "Bulk incl. packing (parallel)")]
    public double BulkWithPackingParallel()
    {
        var batch = _assessor.Bulk.CreateBatch(N, keepSources: false);
        batch.AddRange(_cases, BulkOptions.Parallel);
        _assessor.Bulk.Score(batch, _results, BulkOptions.Parallel);
        return _results[^1].Score;
    }

    [Benchmark(Description = "Explained single case")]
    public double Explained()
    {
        double sum = 0;
        foreach (var c in _cases)
        {
            sum += _assessor.Assess(c).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Object per rule")]
    public double ObjectPerRule()
    {
        double sum = 0;
        foreach (var c in _flat)
        {
            sum += _objectPerRule.Score(c).Score;
        }

        return sum;
    }

    [Benchmark(Description = "RulesEngine")]
    public double RulesEngine()
    {
        double sum = 0;
        foreach (var c in _flat)
        {
            sum += _rulesEngine.Score(c).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Memory floor")]
    public ulong MemoryFloor() => SumWords(_batch);

    /// <summary>Reads every word of the packed batch once (vectorised): the least any scorer of the batch must do.</summary>
    public static ulong SumWords(CaseBatch batch)
    {
        var words = batch.Words.AsSpan(0, (batch.Count + CaseBatch.BlockSize - 1) / CaseBatch.BlockSize * CaseBatch.Stride);
        var vectors = MemoryMarshal.Cast<ulong, Vector<ulong>>(words);
        var acc = Vector<ulong>.Zero;
        foreach (var v in vectors)
        {
            acc += v;
        }

        var sum = Vector.Sum(acc);
        for (var i = vectors.Length * Vector<ulong>.Count; i < words.Length; i++)
        {
            sum += words[i];
        }

        return sum;
    }
}
