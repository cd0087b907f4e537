using ForcedLabourIndicators.Benchmarks;

namespace ForcedLabourIndicators.Tests.Bulk;

/// <summary>Bulk scoring agrees with the single-case path, loses nothing, and allocates nothing per case.</summary>
public class BulkAssessorTests
{
    private static readonly CaseAssessor Assessor = CaseAssessor.Default;

    [Fact]
    public void Score_AgreesWithSingleCasePath_OnEveryCaseOf100kGeneratedSet()
    {
        var cases = SyntheticCases.Generate(100_000);
        var results = new CaseScore[cases.Length];

        var errors = Assessor.Bulk.Assess(cases, results);

        Assert.Empty(errors);
        var disagreements = Enumerable.Range(0, cases.Length).Where(i => !results[i].Agrees(Assessor.Assess(cases[i]))).Take(5).ToArray();
        Assert.Empty(disagreements);
        // Bit for bit, too: no stray bits beyond the documented fields.
        Assert.All(Enumerable.Range(0, 2_000), i => Assert.Equal(Expected(Assessor.Assess(cases[i])), results[i]));
        // The data exercises every band and determination.
        Assert.Equal(4, results.Select(r => r.Band).Distinct().Count());
        Assert.Equal(4, results.Select(r => r.Determination).Distinct().Count());
    }

    [Fact]
    public void Score_AgreesWithSingleCasePath_UnderOtherPolicies()
    {
        var b = Methodology.Default.ToBuilder();
        b.StrengthPolicy = StrengthPolicy.AnyStrength;
        b.ChildPolicy = ChildPolicy.AdultRule;
        b.WeeklyHoursLimit = 40;
        b.MinimumCoverage = 0.3;
        b.Weights[IndicatorCodes.Deception] = 0;
        b.StrengthOverrides["penalty.exclusion"] = IndicatorStrength.Strong;
        var assessor = CaseAssessor.Create(b.Build(), [new ScoringPropertyTests.NightWorkRule()]);
        var cases = SyntheticCases.Generate(20_000, seed: 7);
        var results = new CaseScore[cases.Length];

        assessor.Bulk.Assess(cases, results);

        Assert.All(Enumerable.Range(0, cases.Length), i => Assert.True(results[i].Agrees(assessor.Assess(cases[i])), cases[i].CaseId));
    }

    [Fact]
    public void Score_MoreRulesThanTheCompactPath_AgreesWithSingleCasePath()
    {
        // 11 built-in + 3 added rules: beyond 12 the kernel transposes all 64 rows and adds the high rules' weights.
        var assessor = CaseAssessor.Create(null, [new ExtraRule("EXT-A", Facts.Threats.PhysicalViolence), new ExtraRule("EXT-B", Facts.Pay.WagesUnpaid),
            new ExtraRule("EXT-C", Facts.Documents.Held)]);
        var cases = SyntheticCases.Generate(20_000, seed: 29, invalidEvery: 101);
        var results = new CaseScore[cases.Length];

        assessor.Bulk.Assess(cases, results);

        Assert.Equal(14, assessor.Rules.Count);
        for (var i = 0; i < cases.Length; i++)
        {
            if (assessor.TryAssess(cases[i], out var a, out _))
            {
                Assert.Equal(Expected(a), results[i]);
            }
            else
            {
                Assert.Equal(CaseScore.Rejected, results[i]);
            }
        }
    }

    [Fact]
    public void BulkOptions_InvalidDegree_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BulkOptions { MaxDegreeOfParallelism = 0 });

    [Fact]
    public void Errors_AreASnapshot_NotClearedUnderTheCaller()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.Add(new WorkerCase(""));
        var errors = batch.Errors;

        batch.Clear();

        Assert.Single(errors);
        Assert.Empty(batch.Errors);
    }

    [Fact]
    public void Assess_BatchWithInvalidCases_EveryIndexHasExactlyOneResultOrError()
    {
        var cases = SyntheticCases.Generate(5_000, seed: 3, invalidEvery: 7);
        cases[0] = cases[0] with { CaseId = "" };
        cases[4_999] = cases[4_999] with { Pay = null! };
        var results = new CaseScore[cases.Length];

        var errors = Assessor.Bulk.Assess(cases, results, BulkOptions.Parallel);

        var rejected = errors.Select(e => e.Index).ToHashSet();
        Assert.Equal(errors.Select(e => e.Index).Order(), errors.Select(e => e.Index));
        Assert.Equal(rejected.Count, errors.Count);
        for (var i = 0; i < cases.Length; i++)
        {
            var valid = Assessor.Validate(cases[i]).IsValid;
            Assert.Equal(!valid, rejected.Contains(i));
            Assert.Equal(valid ? CaseScoreStatus.Assessed : CaseScoreStatus.Rejected, results[i].Status);
        }

        Assert.Contains(0, rejected);
        Assert.Contains(4_999, rejected);
        Assert.Equal(Enumerable.Range(0, cases.Length).Count(i => i % 7 == 6 || i is 0 or 4_999), errors.Count);
        var hours = errors.First(e => e.Index == 6);
        Assert.Equal(cases[6].CaseId, hours.CaseId);
        Assert.Equal("workingTime.hoursPerWeek", Assert.Single(hours.Errors).Field);
    }

    [Fact]
    public void Score_Parallel_GivesTheSameResultsAsSequential()
    {
        var cases = SyntheticCases.Generate(50_000, seed: 11, invalidEvery: 97);
        var sequential = new CaseScore[cases.Length];
        var parallel = new CaseScore[cases.Length];

        var e1 = Assessor.Bulk.Assess(cases, sequential);
        var e2 = Assessor.Bulk.Assess(cases, parallel, new BulkOptions { MaxDegreeOfParallelism = 4 });

        Assert.Equal(sequential, parallel);
        Assert.Equal(e1.Select(e => e.Index), e2.Select(e => e.Index));
    }

    [Fact]
    public void AddRange_StartingInsideABlock_PacksTheSameAsOneByOne()
    {
        var cases = SyntheticCases.Generate(1_000, seed: 5, invalidEvery: 50);
        var oneByOne = Assessor.Bulk.CreateBatch();
        foreach (var c in cases)
        {
            oneByOne.Add(c);
        }

        var ranged = Assessor.Bulk.CreateBatch();
        ranged.AddRange(cases.Take(37).ToArray());
        ranged.AddRange(cases.Skip(37).ToArray(), BulkOptions.Parallel);
        var r1 = new CaseScore[cases.Length];
        var r2 = new CaseScore[cases.Length];
        Assessor.Bulk.Score(oneByOne, r1);
        Assessor.Bulk.Score(ranged, r2);

        Assert.Equal(r1, r2);
        Assert.Equal(oneByOne.Errors.Select(e => e.Index), ranged.Errors.Select(e => e.Index));
    }

    [Fact]
    public void Score_AllocatesNothingPerCase()
    {
        var batch = Assessor.Bulk.CreateBatch(10_000);
        batch.AddRange(SyntheticCases.Generate(10_000, seed: 13));
        var results = new CaseScore[batch.Count];
        for (var warm = 0; warm < 3; warm++)
        {
            Assessor.Bulk.Score(batch, results);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assessor.Bulk.Score(batch, results);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Any object allocated per case would cost 24 bytes or more a case; allow only one-time runtime work (tier-up).
        Assert.True(allocated < batch.Count, $"{allocated} bytes for {batch.Count} cases");
    }

    [Fact]
    public void Add_ValidCase_AllocatesNothingOnceCapacityIsReached()
    {
        var cases = SyntheticCases.Generate(2_000, seed: 17);
        var batch = Assessor.Bulk.CreateBatch(cases.Length);
        for (var warm = 0; warm < 3; warm++)
        {
            // Warm every path first: one-time runtime work (compiling, type initialisation) is not per-case allocation.
            foreach (var c in cases)
            {
                batch.Add(c);
            }

            batch.Clear();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var c in cases)
        {
            batch.Add(c);
        }

        // Any object allocated per case would cost 24 bytes or more a case; allow only one-time runtime work (tier-up).
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < cases.Length, "allocated per case");
    }

    [Fact]
    public void Explain_GivesTheFullAssessmentTheScoreAgreesWith()
    {
        var batch = Assessor.Bulk.CreateBatch();
        foreach (var c in ExampleCases.All)
        {
            batch.Add(c);
        }

        var results = new CaseScore[batch.Count];
        Assessor.Bulk.Score(batch, results);

        for (var i = 0; i < batch.Count; i++)
        {
            var explained = Assessor.Bulk.Explain(batch, i);
            Assert.Equal(ExampleCases.All[i].CaseId, explained.CaseId);
            Assert.True(results[i].Agrees(explained));
        }

        Assert.Equal(Band.Refer, results[0].Band);
        Assert.Equal(FindingStatus.Present, results[0].StatusOf(6));
    }

    [Fact]
    public async Task Streams_YieldOneResultPerInput_InInputOrder()
    {
        var cases = SyntheticCases.Generate(10_001, seed: 19, invalidEvery: 1000);
        var expected = new CaseScore[cases.Length];
        Assessor.Bulk.Assess(cases, expected);

        var streamed = Assessor.Bulk.AssessStream(cases, chunkSize: 1_000).ToList();
        var asynced = new List<BulkResult>();
        await foreach (var r in Assessor.Bulk.AssessStreamAsync(ToAsync(cases), chunkSize: 999))
        {
            asynced.Add(r);
        }

        foreach (var list in new[] { streamed, asynced })
        {
            Assert.Equal(Enumerable.Range(0, cases.Length), list.Select(r => r.Index));
            Assert.Equal(expected, list.Select(r => r.Score));
            Assert.All(list, r => Assert.Equal(r.Score.Status == CaseScoreStatus.Rejected, r.Errors.Count > 0));
            Assert.Equal(cases.Select(c => c.CaseId), list.Select(r => r.CaseId));
        }
    }

    [Fact]
    public void Score_Cancelled_Throws()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.AddRange(SyntheticCases.Generate(100, seed: 23));
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => Assessor.Bulk.Score(batch, new CaseScore[100], cts.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Assessor.Bulk.Score(batch, new CaseScore[100], BulkOptions.Parallel, cts.Token));
    }

    [Fact]
    public void Score_BatchOfAnotherAssessor_IsRefused()
    {
        var other = CaseAssessor.Create();
        var batch = other.Bulk.CreateBatch();
        batch.Add(ExampleCases.DecentJob);

        Assert.Throws<ArgumentException>(() => Assessor.Bulk.Score(batch, new CaseScore[1]));
    }

    [Fact]
    public void Score_TooFewResultSlots_IsRefused()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.AddRange([ExampleCases.DecentJob, ExampleCases.DecentJob]);

        Assert.Throws<ArgumentException>(() => Assessor.Bulk.Score(batch, new CaseScore[1]));
    }

    [Fact]
    public void Bulk_RuleThatIsNotAClauseRule_IsNotSupported()
    {
        var assessor = CaseAssessor.Create(null, [new ScoringPropertyTests.RecruitmentFeeRule()]);

        Assert.Throws<NotSupportedException>(() => assessor.Bulk);
    }

    [Fact]
    public void Transpose64_SwapsRowsAndColumns()
    {
        var random = new Random(1);
        var a = new ulong[64];
        for (var i = 0; i < 64; i++)
        {
            a[i] = (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
        }

        var t = (ulong[])a.Clone();
        BulkAssessor.Transpose64(t);

        for (var r = 0; r < 64; r++)
        {
            for (var c = 0; c < 64; c++)
            {
                Assert.Equal((a[r] >> c) & 1, (t[c] >> r) & 1);
            }
        }
    }

    private sealed class ExtraRule(string code, Fact fact) : FactClauseRule([fact])
    {
        public override string Code => code;

        public override string Name => "Extra " + code;

        public override string Description => "A rule added in a test.";

        public override string Source => "Test";

        public override double DefaultWeight => 1.25;
    }

    private static CaseScore Expected(Assessment a) => new(
        a.Score,
        a.Findings.Select((f, r) => f.Status == FindingStatus.Present ? 1u << r : 0u).Aggregate(0u, (x, y) => x | y),
        a.Findings.Select((f, r) => f.Status == FindingStatus.Undetermined ? 1u << r : 0u).Aggregate(0u, (x, y) => x | y),
        a.Band,
        a.Determination.Status,
        a.SurveyRule.Status);

    private static async IAsyncEnumerable<WorkerCase> ToAsync(IEnumerable<WorkerCase> cases)
    {
        foreach (var c in cases)
        {
            await Task.Yield();
            yield return c;
        }
    }
}
