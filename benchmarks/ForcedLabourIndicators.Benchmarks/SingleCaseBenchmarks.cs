using BenchmarkDotNet.Attributes;

namespace ForcedLabourIndicators.Benchmarks;

/// <summary>The explained single-case path on the bundled examples: a sparse case, a clear negative, and the labour-export case.</summary>
[MemoryDiagnoser]
public class SingleCaseBenchmarks
{
    private readonly CaseAssessor _assessor = CaseAssessor.Default;

    [Benchmark(Baseline = true)]
    public Assessment Sparse() => _assessor.Assess(ExampleCases.SparseHotlineReport);

    [Benchmark]
    public Assessment AllNo() => _assessor.Assess(ExampleCases.DecentJob);

    [Benchmark]
    public Assessment LabourExport() => _assessor.Assess(ExampleCases.LabourExportProgramme);
}
