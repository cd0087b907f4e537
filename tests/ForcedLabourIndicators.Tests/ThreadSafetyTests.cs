using System.Collections.Concurrent;
using System.Globalization;
using ForcedLabourIndicators.Benchmarks;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Tests;

/// <summary>One assessor shared by many concurrent callers, as a case-management system registers it (a singleton), gives
/// every caller exactly what a single thread gets.</summary>
public class ThreadSafetyTests
{
    private const int Workers = 16;
    private const int RoundsPerWorker = 6;
    private static readonly CultureInfo[] Cultures = [.. new[] { "en", "es", "fr", "pt" }.Select(CultureInfo.GetCultureInfo)];

    [Fact]
    public async Task SharedAssessor_ManyConcurrentCallersAndBatches_GiveTheSingleThreadedResults()
    {
        // A national methodology with an added rule, so the shared state includes custom rules and settings.
        var b = Methodology.Default.ToBuilder();
        b.WeeklyHoursLimit = 44;
        var methodology = b.Build();
        IndicatorRule[] added = [new ScoringPropertyTests.NightWorkRule()];
        var cases = SyntheticCases.Generate(3_000, seed: 4_242, invalidEvery: 89);

        // The reference: a separate assessor with the same configuration, used by this thread alone.
        var reference = CaseAssessor.Create(methodology, added);
        var expected = cases.Select((c, i) => Describe(reference, c, i)).ToArray();
        var expectedScores = new CaseScore[cases.Length];
        var expectedErrors = reference.Bulk.Assess(cases, expectedScores);
        Assert.NotEmpty(expectedErrors);                                  // the data mixes in invalid cases

        // The shared assessor is new, so its lazily built bulk kernel is first touched by the racing workers.
        var shared = CaseAssessor.Create(methodology, added);
        var mismatches = new ConcurrentQueue<string>();
        using var start = new Barrier(Workers);

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Factory.StartNew(() =>
        {
            var random = new Random(w);                                      // fixed seeds: the same interleaving of calls per worker
            start.SignalAndWait();
            for (var round = 0; round < RoundsPerWorker; round++)
            {
                switch ((w + round) % 3)
                {
                    case 0:
                        // Single cases in a worker-specific order, each with its text report in a rotating language.
                        foreach (var i in Enumerable.Range(0, 400).Select(_ => random.Next(cases.Length)))
                        {
                            var actual = Describe(shared, cases[i], i);
                            if (actual != expected[i])
                                mismatches.Enqueue($"worker {w} single case {i}");
                        }
                        break;
                    case 1:
                        // A bulk slice, sequential or parallel.
                        var from = random.Next(cases.Length - 500);
                        var slice = cases.AsSpan(from, 500).ToArray();
                        var scores = new CaseScore[slice.Length];
                        var errors = shared.Bulk.Assess(slice, scores, round % 2 == 0 ? BulkOptions.Parallel : BulkOptions.Sequential);
                        for (var k = 0; k < slice.Length; k++)
                        {
                            if (scores[k] != expectedScores[from + k])
                                mismatches.Enqueue($"worker {w} bulk case {from + k}");
                        }
                        var expectedRejected = expectedErrors.Count(e => e.Index >= from && e.Index < from + slice.Length);
                        if (errors.Count != expectedRejected)
                            mismatches.Enqueue($"worker {w} bulk slice at {from}: {errors.Count} errors, expected {expectedRejected}");
                        break;
                    default:
                        // A batch of its own, scored and then explained case by case.
                        var batch = shared.Bulk.CreateBatch();
                        var first = random.Next(cases.Length - 200);
                        var valid = new bool[200];
                        for (var k = 0; k < valid.Length; k++)
                            valid[k] = batch.Add(cases[first + k]);   // a rejected case keeps its slot
                        var batchScores = new CaseScore[batch.Count];
                        shared.Bulk.Score(batch, batchScores);
                        for (var k = 0; k < valid.Length; k++)
                        {
                            var i = first + k;
                            if (batchScores[k] != expectedScores[i]
                                || (valid[k] && Describe(shared.Bulk.Explain(batch, k), i) != expected[i]))
                                mismatches.Enqueue($"worker {w} batch case {i}");
                        }
                        break;
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        await Task.WhenAll(workers);

        Assert.Empty(mismatches.Take(10));
        Assert.Same(shared.Bulk, shared.Bulk);                            // one kernel, however many raced to build it
    }

    private static string Describe(CaseAssessor assessor, WorkerCase workerCase, int index) =>
        assessor.TryAssess(workerCase, out var assessment, out var errors)
            ? Describe(assessment, index)
            : "rejected: " + string.Join("; ", errors.Select(e => $"{e.Field} {e.ErrorCode} {e.Message}"));

    private static string Describe(Assessment assessment, int index) =>
        AssessmentJson.Serialize(AssessmentJson.ToRecord(index, assessment, explain: true)) + "\n"
        + assessment.ToText(Cultures[index % Cultures.Length]) + "\n"
        + assessment.ToHtml();
}
