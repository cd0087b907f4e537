using System.Collections.Concurrent;
using System.Globalization;
using ForcedLabourIndicators.Benchmarks;
using ForcedLabourIndicators.Formats.Json;

namespace ForcedLabourIndicators.Tests;

/// <summary>One assessor shared by many concurrent callers, as a case-management system registers it (a singleton), gives
/// every caller exactly what a single thread gets.</summary>
public class ThreadSafetyTests
{
    private const int Workers = 16;                 // half mixed callers, half hammering the bulk kernel
    private const int RoundsPerWorker = 6;
    private const int BulkIterations = 40;
    private const int BigBatchCopies = 30;          // 90,000 cases: more than one parallel chunk on any vector width
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
        var kernels = new BulkAssessor[Workers];
        using var start = new Barrier(Workers);

        // One large batch, packed by whichever worker needs it first (after the kernel race), then read by many at once.
        var big = new Lazy<CaseBatch>(() =>
        {
            var batch = shared.Bulk.CreateBatch(cases.Length * BigBatchCopies, keepSources: false);
            for (var copy = 0; copy < BigBatchCopies; copy++)
                batch.AddRange(cases);
            return batch;
        });

        var workers = Enumerable.Range(0, Workers).Select(w => Task.Factory.StartNew(() =>
        {
            var random = new Random(w);                                      // fixed seeds: the same interleaving of calls per worker
            start.SignalAndWait();
            kernels[w] = shared.Bulk;
            if (w % 2 == 1)
            {
                HammerTheKernel(shared.Bulk, big.Value, cases, expectedScores, w, mismatches);
                return;
            }

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
        Assert.All(kernels, k => Assert.Same(kernels[0], k));            // one kernel, however many raced to build it
    }

    // Back-to-back bulk calls: scoring the shared big batch (sequentially and in parallel chunks) and packing and scoring
    // the whole case list, so several threads are inside the kernel at the same time.
    private static void HammerTheKernel(BulkAssessor bulk, CaseBatch big, WorkerCase[] cases, CaseScore[] expectedScores, int w,
        ConcurrentQueue<string> mismatches)
    {
        var bigScores = new CaseScore[big.Count];
        var scores = new CaseScore[cases.Length];
        for (var iteration = 0; iteration < BulkIterations; iteration++)
        {
            var options = (iteration + w) % 2 == 0 ? BulkOptions.Parallel : BulkOptions.Sequential;
            Array.Clear(bigScores);
            bulk.Score(big, bigScores, options);
            for (var i = 0; i < bigScores.Length; i++)
            {
                if (bigScores[i] != expectedScores[i % cases.Length])
                {
                    mismatches.Enqueue($"worker {w} big batch case {i}, iteration {iteration}");
                    break;
                }
            }

            Array.Clear(scores);
            bulk.Assess(cases, scores, options);
            if (!scores.AsSpan().SequenceEqual(expectedScores))
                mismatches.Enqueue($"worker {w} whole list, iteration {iteration}");
        }
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
