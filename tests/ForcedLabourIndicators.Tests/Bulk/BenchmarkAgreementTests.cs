using ForcedLabourIndicators.Benchmarks;

namespace ForcedLabourIndicators.Tests.Bulk;

/// <summary>The five implementations the benchmarks compare produce the same hit sets and scores on the benchmark data.</summary>
public class BenchmarkAgreementTests
{
    [Fact]
    public void AllImplementations_ProduceTheSameHitSetsAndScores_OnTheBenchmarkData()
    {
        var assessor = CaseAssessor.Default;
        var cases = SyntheticCases.Generate(3_000);
        var flat = cases.Select(FlatCase.From).ToArray();
        var bulk = new CaseScore[cases.Length];
        var parallel = new CaseScore[cases.Length];
        var batch = assessor.Bulk.CreateBatch(cases.Length);
        batch.AddRange(cases);
        assessor.Bulk.Score(batch, bulk);
        assessor.Bulk.Score(batch, parallel, BulkOptions.Parallel);
        var objectPerRule = new ObjectPerRuleScorer(assessor.Methodology);
        var rulesEngine = new RulesEngineScorer(assessor.Methodology);

        var hits = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            var explained = assessor.Assess(cases[i]);
            var expected = new ScoredHits(
                explained.Findings.Select((f, r) => f.Status == FindingStatus.Present ? 1u << r : 0u).Aggregate(0u, (a, b) => a | b),
                explained.Score);
            Assert.Equal(expected, new ScoredHits(bulk[i].PresentMask, bulk[i].Score));
            Assert.Equal(expected, new ScoredHits(parallel[i].PresentMask, parallel[i].Score));
            Assert.Equal(expected, objectPerRule.Score(flat[i]));
            Assert.Equal(expected, rulesEngine.Score(flat[i]));
            hits += System.Numerics.BitOperations.PopCount(expected.PresentMask);
        }

        // The data is not trivially empty: on average more than one indicator per case.
        Assert.True(hits > cases.Length, $"only {hits} hits");
    }

    [Fact]
    public void MemoryFloor_ReadsEveryWordOfTheBatch()
    {
        var batch = CaseAssessor.Default.Bulk.CreateBatch();
        batch.AddRange(SyntheticCases.Generate(1_000));
        var expected = 0UL;
        foreach (var w in batch.Words.AsSpan(0, (1_000 + CaseBatch.BlockSize - 1) / CaseBatch.BlockSize * CaseBatch.Stride))
        {
            expected += w;
        }

        Assert.Equal(expected, BulkScoringBenchmarks.SumWords(batch));
    }
}
