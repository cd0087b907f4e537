namespace ForcedLabourIndicators.Tests.Bulk;

/// <summary>
/// Bulk scoring at its edges: the rule-count limit, what it refuses and how it says so, streams that meet a null case
/// mid-way, batches that do not keep their sources, clearing and refilling, and the compact result's own accessors.
/// </summary>
public class BulkScoringEdgeCaseTests
{
    private static readonly CaseAssessor Assessor = CaseAssessor.Default;

    private static OneFactRule[] Extras(int count) =>
        Enumerable.Range(0, count).Select(i => new OneFactRule($"EXT-{i:D2}", Facts.All.Where(f => !f.IsDerived).ElementAt(i))).ToArray();

    [Fact]
    public void Bulk_TwentyFourRules_AreSupported_AndAgreeWithTheSingleCasePath()
    {
        var assessor = CaseAssessor.Create(null, Extras(13));
        var cases = Enumerable.Range(0, 40).Select(i => Facts.All.Where(f => !f.IsDerived).Where((_, k) => (k * 7 + i) % 5 == 0)
            .Aggregate(CaseBuilder.Unknown($"c{i}"), (acc, f) => f.SetOn(acc, i % 3 == 0 ? Answer.No : Answer.Yes))).ToArray();
        var results = new CaseScore[cases.Length];

        Assert.Empty(assessor.Bulk.Assess(cases, results));

        Assert.Equal(24, assessor.Rules.Count);
        Assert.All(Enumerable.Range(0, cases.Length), i => Assert.True(results[i].Agrees(assessor.Assess(cases[i])), cases[i].CaseId));
        Assert.Contains(results, r => (r.PresentMask >> 23) != 0);
    }

    [Fact]
    public void Bulk_TwentyFiveRules_AreNotSupported_SayingHowMany()
    {
        var assessor = CaseAssessor.Create(null, Extras(14));

        var ex = Assert.Throws<NotSupportedException>(() => assessor.Bulk);

        Assert.Equal("Bulk scoring supports at most 24 rules; this assessor has 25.", ex.Message);
    }

    [Fact]
    public void Bulk_RuleThatIsNotAClauseRule_IsNamed()
    {
        var assessor = CaseAssessor.Create(null, [new ScoringPropertyTests.RecruitmentFeeRule()]);

        var ex = Assert.Throws<NotSupportedException>(() => assessor.Bulk);

        Assert.Contains("'NAT-FEES'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_RefusalMessages_SayWhatIsWrong()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.AddRange([ExampleCases.DecentJob, ExampleCases.DecentJob]);
        var foreign = CaseAssessor.Create().Bulk.CreateBatch();

        var slots = Assert.Throws<ArgumentException>(() => Assessor.Bulk.Score(batch, new CaseScore[1]));
        var slotsParallel = Assert.Throws<ArgumentException>(() => Assessor.Bulk.Score(batch, new CaseScore[1], BulkOptions.Parallel));
        var other = Assert.Throws<ArgumentException>(() => Assessor.Bulk.Score(foreign, new CaseScore[1]));
        var assess = Assert.Throws<ArgumentException>(() => Assessor.Bulk.Assess([ExampleCases.DecentJob, ExampleCases.DecentJob], new CaseScore[1]));

        Assert.StartsWith("The results need 2 slots; they have 1.", slots.Message, StringComparison.Ordinal);
        Assert.Equal("batch", slots.ParamName);
        Assert.StartsWith("The results need 2 slots; they have 1.", slotsParallel.Message, StringComparison.Ordinal);
        Assert.StartsWith("The batch was packed by another bulk assessor", other.Message, StringComparison.Ordinal);
        Assert.StartsWith("The results need 2 slots; they have 1.", assess.Message, StringComparison.Ordinal);
        Assert.Equal("results", assess.ParamName);
    }

    [Fact]
    public void Score_ExactlyEnoughSlots_IsAccepted()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.AddRange([ExampleCases.DecentJob, ExampleCases.LabourExportProgramme]);
        var results = new CaseScore[2];
        var parallel = new CaseScore[2];

        Assessor.Bulk.Score(batch, results);
        Assessor.Bulk.Score(batch, parallel, new BulkOptions { MaxDegreeOfParallelism = 2 });

        Assert.Equal(results, parallel);
        Assert.True(results[1].Agrees(ExampleCases.LabourExportProgramme.Assess()));
        Assert.Empty(Assessor.Bulk.Assess([ExampleCases.DecentJob, ExampleCases.LabourExportProgramme], new CaseScore[2]));
    }

    [Fact]
    public void AssessStream_NullCaseAfterAFullChunk_NamesItsIndexInTheWholeStream()
    {
        WorkerCase[] cases = [CaseBuilder.Unknown("a"), CaseBuilder.Unknown("b"), CaseBuilder.Unknown("c"), null!];

        var ex = Assert.Throws<ArgumentException>(() => Assessor.Bulk.AssessStream(cases, chunkSize: 2).ToList());

        Assert.StartsWith("The case at index 3 is null.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("cases", ex.ParamName);
    }

    [Fact]
    public async Task AssessStreamAsync_NullCaseAfterAFullChunk_NamesItsIndexInTheWholeStream()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(async () =>
        {
            await foreach (var unused in Assessor.Bulk.AssessStreamAsync(Async([CaseBuilder.Unknown("a"), CaseBuilder.Unknown("b"), CaseBuilder.Unknown("c"), null!]), chunkSize: 2))
            {
            }
        });

        Assert.StartsWith("The case at index 3 is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Streams_ChunksOfOne_KeepIndicesIdsAndErrors()
    {
        WorkerCase[] cases = [CaseBuilder.Unknown("a"), CaseBuilder.Unknown("bad") with { AgeAtTime = -4 }, ExampleCases.DecentJob];

        var sync = Assessor.Bulk.AssessStream(cases, chunkSize: 1).ToList();
        var asyncResults = new List<BulkResult>();
        await foreach (var r in Assessor.Bulk.AssessStreamAsync(Async(cases), chunkSize: 1))
        {
            asyncResults.Add(r);
        }

        foreach (var results in new[] { sync, asyncResults })
        {
            Assert.Equal([0, 1, 2], results.Select(r => r.Index));
            Assert.Equal(["a", "bad", ExampleCases.DecentJob.CaseId], results.Select(r => r.CaseId));
            Assert.Equal([CaseScoreStatus.Assessed, CaseScoreStatus.Rejected, CaseScoreStatus.Assessed], results.Select(r => r.Score.Status));
            Assert.Equal("ageAtTime", Assert.Single(results[1].Errors).Field);
            Assert.Empty(results[0].Errors);
            Assert.True(results[2].Score.Agrees(ExampleCases.DecentJob.Assess()));
        }
    }

    [Fact]
    public void Streams_ChunkSizeBelowOne_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessor.Bulk.AssessStream([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessor.Bulk.AssessStreamAsync(Async([]), 0));
        Assert.Empty(Assessor.Bulk.AssessStream([], 1));
    }

    [Fact]
    public void AddRange_NullCase_IsRefusedNamingItsIndex_BeforeAnythingIsAdded()
    {
        var batch = Assessor.Bulk.CreateBatch();

        var ex = Assert.Throws<ArgumentException>(() => batch.AddRange([CaseBuilder.Unknown("a"), null!]));

        Assert.StartsWith("The case at index 1 is null.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, batch.Count);
    }

    [Fact]
    public void Batch_WithoutSources_CannotExplain_ButScores()
    {
        var batch = Assessor.Bulk.CreateBatch(4, keepSources: false);
        batch.Add(ExampleCases.LabourExportProgramme);
        var results = new CaseScore[1];
        Assessor.Bulk.Score(batch, results);

        var ex = Assert.Throws<InvalidOperationException>(() => batch.SourceOf(0));

        Assert.Equal("This batch was created without keeping its source cases.", ex.Message);
        Assert.True(results[0].Agrees(ExampleCases.LabourExportProgramme.Assess()));
    }

    [Fact]
    public void Batch_SourceOf_OnlyForAddedIndices()
    {
        var batch = Assessor.Bulk.CreateBatch();
        batch.Add(ExampleCases.DecentJob);

        Assert.Same(ExampleCases.DecentJob, batch.SourceOf(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.SourceOf(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.SourceOf(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Assessor.Bulk.CreateBatch(-1));
    }

    [Fact]
    public void Batch_ClearedAndRefilled_ScoresOnlyTheNewCases()
    {
        var batch = Assessor.Bulk.CreateBatch();
        var many = Enumerable.Range(0, 300).Select(i => ExampleCases.LabourExportProgramme with { CaseId = $"x{i}" }).ToArray();
        batch.AddRange(many);
        batch.Add(new WorkerCase(""));
        Assert.Equal(301, batch.Count);
        Assert.Equal(1, batch.RejectedCount);

        batch.Clear();
        Assert.Equal(0, batch.Count);
        Assert.Equal(0, batch.RejectedCount);
        var valid = batch.Add(ExampleCases.DecentJob);
        var results = new CaseScore[1];
        Assessor.Bulk.Score(batch, results);

        Assert.True(valid);
        Assert.True(results[0].Agrees(ExampleCases.DecentJob.Assess()));
        Assert.Equal(ExampleCases.DecentJob.Assess().Band, results[0].Band);
        Assert.Same(ExampleCases.DecentJob, batch.SourceOf(0));
    }

    [Fact]
    public void Batch_GrowingPastItsCapacity_KeepsEveryCase()
    {
        var batch = Assessor.Bulk.CreateBatch(1);
        var cases = Enumerable.Range(0, 1_000).Select(i => (i % 2 == 0 ? ExampleCases.DecentJob : ExampleCases.LabourExportProgramme) with { CaseId = $"g{i}" }).ToArray();
        foreach (var c in cases)
        {
            Assert.True(batch.Add(c));
        }

        var results = new CaseScore[cases.Length];
        Assessor.Bulk.Score(batch, results);

        Assert.Equal(cases.Length, batch.Count);
        Assert.All(Enumerable.Range(0, cases.Length), i => Assert.True(results[i].Agrees(Assessor.Assess(cases[i]))));
        Assert.Same(cases[999], batch.SourceOf(999));
    }

    [Fact]
    public void CaseScore_StatusOf_CoversTheTwentyFourRuleSlots()
    {
        var results = new CaseScore[1];
        Assessor.Bulk.Assess([ExampleCases.LabourExportProgramme], results);
        var a = ExampleCases.LabourExportProgramme.Assess();

        Assert.Equal(a.Findings.Select(f => f.Status), Enumerable.Range(0, 11).Select(results[0].StatusOf));
        Assert.Equal(FindingStatus.NotPresent, results[0].StatusOf(23));
        Assert.Throws<ArgumentOutOfRangeException>(() => results[0].StatusOf(24));
        Assert.Throws<ArgumentOutOfRangeException>(() => results[0].StatusOf(-1));
    }

    [Fact]
    public void CaseScore_Agrees_OnlyWithTheSameCasesAssessment()
    {
        var results = new CaseScore[3];
        Assessor.Bulk.Assess([ExampleCases.LabourExportProgramme, ExampleCases.DecentJob, new WorkerCase("")], results);
        var export = ExampleCases.LabourExportProgramme.Assess();
        var decent = ExampleCases.DecentJob.Assess();

        Assert.True(results[0].Agrees(export));
        Assert.False(results[0].Agrees(decent));
        Assert.False(results[1].Agrees(export));
        Assert.False(results[2].Agrees(decent));
        Assert.False(default(CaseScore).Agrees(decent));
        Assert.Equal(CaseScoreStatus.Empty, default(CaseScore).Status);
        Assert.Equal(CaseScore.Rejected, results[2]);
        Assert.Throws<ArgumentNullException>(() => results[0].Agrees(null!));
    }

    [Fact]
    public void CaseScore_Agrees_NeedsEveryFieldToMatch()
    {
        // Cases that differ from a base case in one respect only: the score, the band, the determination, the survey
        // rule, or one rule's status.
        var baseCase = CaseBuilder.AllNo("base").With(Facts.HoursPerWeek, 40).With(Facts.DaysOffPerWeek, 2).With(Facts.ShareOfPayWithheld, 0)
            .With(Facts.PromisedMonthlyPay, 100).With(Facts.PaidMonthlyPay, 100).With(Facts.MonthsToRepay, 0) with { AgeAtTime = 30 };
        var variants = new[]
        {
            baseCase.Yes(Facts.Movement.IsolatedLocation),
            baseCase.Yes(Facts.Threats.PhysicalViolence),
            baseCase.Yes(Facts.Leaving.CannotResign),
            baseCase with { ExcludedContext = ExcludedContext.Emergency },
            baseCase.With(Facts.HoursPerWeek, null),
        };
        var results = new CaseScore[1];
        Assessor.Bulk.Assess([baseCase], results);

        Assert.True(results[0].Agrees(baseCase.Assess()));
        Assert.All(variants, v => Assert.False(results[0].Agrees(v.Assess())));
    }

    [Fact]
    public void CaseScore_Equality_IsByScoreAndEveryPackedField()
    {
        var results = new CaseScore[3];
        Assessor.Bulk.Assess([ExampleCases.DecentJob, ExampleCases.DecentJob with { CaseId = "other" }, ExampleCases.LabourExportProgramme], results);

        Assert.True(results[0] == results[1]);
        Assert.False(results[0] != results[1]);
        Assert.True(results[0].Equals((object)results[1]));
        Assert.Equal(results[0].GetHashCode(), results[1].GetHashCode());
        Assert.True(results[0] != results[2]);
        Assert.False(results[0].Equals((object)"a string"));
        Assert.NotEqual(results[0], default);
    }

    [Fact]
    public void BatchSummary_FromBulkResults_CountsRejectedButNotEmptySlots()
    {
        var results = new CaseScore[5];
        Assessor.Bulk.Assess([ExampleCases.DecentJob, new WorkerCase(""), ExampleCases.LabourExportProgramme], results);

        var summary = BatchSummary.From(results, Assessor.Rules);

        Assert.Equal(2, summary.Assessed);
        Assert.Equal(1, summary.Rejected);
        Assert.Equal(1, summary.ByBand[Band.Refer]);
        Assert.Equal(1, summary.ByDetermination[DefinitionStatus.Meets]);
        Assert.Equal(1, summary.Indicators.Single(i => i.Code == IndicatorCodes.RetentionOfIdentityDocuments).Present);
        Assert.Equal(BatchSummary.From([ExampleCases.DecentJob.Assess(), ExampleCases.LabourExportProgramme.Assess()], 1).Indicators, summary.Indicators);
    }

    private static async IAsyncEnumerable<WorkerCase> Async(IEnumerable<WorkerCase> cases)
    {
        foreach (var c in cases)
        {
            await Task.Yield();
            yield return c;
        }
    }
}
