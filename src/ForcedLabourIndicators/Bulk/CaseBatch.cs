using System.Numerics;

namespace ForcedLabourIndicators;

/// <summary>
/// Cases packed for bulk scoring by one <see cref="BulkAssessor"/>: a columnar, bit-sliced layout in blocks of 64 cases per
/// lane of a hardware vector (256 cases with 256-bit vectors), each fact stored as a "known" and a "yes" bit over the block (about 13 bytes a case). Derived facts, the age
/// class and whether the answered facts reach the methodology's minimum coverage are decided when a case is added.
/// </summary>
/// <remarks>
/// <para>
/// Adding a case validates it and decides its derived facts against the assessor's methodology; an invalid case takes its
/// slot all the same and its errors are kept under its index, so every input has exactly one result or error, in input
/// order. Adding allocates nothing per case once the capacity is reached (set it when creating the batch).
/// </para>
/// <para>A batch is filled by one thread at a time; once filled it can be scored from many threads.</para>
/// </remarks>
public sealed class CaseBatch
{
    /// <summary>Cases per lane: one bit of a 64-bit word each.</summary>
    internal const int LaneSize = 64;

    /// <summary>Lanes per block: the number of 64-bit words in a hardware vector (<see cref="System.Numerics.Vector{T}"/>).</summary>
    internal static readonly int Lanes = System.Numerics.Vector<ulong>.Count;

    /// <summary>Cases per block: 64 per lane; the kernel evaluates a whole block with each vector operation.</summary>
    internal static readonly int BlockSize = LaneSize * Lanes;
    internal const int FlagValid = 0;
    internal const int FlagChild = 1;
    internal const int FlagAgeUnknown = 2;
    internal const int FlagExcluded = 3;
    internal const int FlagCoverageMet = 4;
    internal const int FlagCount = 5;

    internal static readonly int FactCount = Facts.AllArray.Length;
    /// <summary>Words per block: for each fact a vector of "known" words, then a vector of "yes" words per fact, then the flag vectors.</summary>
    internal static readonly int Stride = ((2 * FactCount) + FlagCount) * Lanes;

    private readonly bool _keepSources;
    private ulong[] _words;
    private int _capacity;
    private WorkerCase?[] _sources;
    private List<BatchError>? _errors;

    internal CaseBatch(BulkAssessor owner, int capacity, bool keepSources)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Owner = owner;
        _keepSources = keepSources;
        var blocks = Math.Max(1, (capacity + BlockSize - 1) / BlockSize);
        _words = new ulong[blocks * Stride];
        _capacity = blocks * BlockSize;
        _sources = keepSources ? new WorkerCase?[blocks * BlockSize] : [];
    }

    internal BulkAssessor Owner { get; }

    internal ulong[] Words => _words;

    /// <summary>How many cases the batch holds, valid and rejected.</summary>
    public int Count { get; private set; }

    /// <summary>How many of them were rejected.</summary>
    public int RejectedCount => _errors?.Count ?? 0;

    /// <summary>The rejected cases with their errors, in input order.</summary>
    public IReadOnlyList<BatchError> Errors => _errors is null || _errors.Count == 0 ? [] : _errors.ToArray();

    /// <summary>The case added at an index, when the batch keeps its sources (the default).</summary>
    /// <param name="index">The index in input order.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidOperationException">The batch was created without keeping sources.</exception>
    public WorkerCase SourceOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (!_keepSources)
        {
            throw new InvalidOperationException("This batch was created without keeping its source cases.");
        }

        return _sources[index]!;
    }

    /// <summary>Adds a case in the next slot.</summary>
    /// <param name="workerCase">The case.</param>
    /// <returns><see langword="true"/> when it was valid; <see langword="false"/> when it was rejected (see <see cref="Errors"/>).</returns>
    public bool Add(WorkerCase workerCase)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        EnsureCapacity(Count + 1);
        var index = Count++;
        var error = Pack(index, workerCase);
        if (error is not null)
        {
            (_errors ??= []).Add(error);
        }

        return error is null;
    }

    /// <summary>Adds many cases, in order, optionally packing them on several threads. The result is the same whatever the degree.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Parallelism; sequential when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between blocks of cases; the batch then holds a prefix of the input.</param>
    public void AddRange(IReadOnlyList<WorkerCase> cases, BulkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var degree = (options ?? BulkOptions.Sequential).MaxDegreeOfParallelism;
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is null)
            {
                throw new ArgumentException($"The case at index {i} is null.", nameof(cases));
            }
        }

        var start = Count;
        EnsureCapacity(start + cases.Count);

        // The first, partly filled block is packed here; then whole blocks, each by one thread.
        var next = 0;
        while (next < cases.Count && ((start + next) % BlockSize != 0 || degree == 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(cases.Count, next + BlockSize - ((start + next) % BlockSize));
            for (; next < end; next++)
            {
                Add(cases[next]);
            }
        }

        if (next >= cases.Count)
        {
            return;
        }

        var first = next;
        var blocks = (cases.Count - first + BlockSize - 1) / BlockSize;
        var found = new List<BatchError>?[blocks];
        try
        {
            System.Threading.Tasks.Parallel.For(
                0,
                blocks,
                new ParallelOptions { MaxDegreeOfParallelism = degree, CancellationToken = cancellationToken },
                b =>
                {
                    var from = first + (b * BlockSize);
                    var to = Math.Min(cases.Count, from + BlockSize);
                    for (var i = from; i < to; i++)
                    {
                        var error = Pack(start + i, cases[i]);
                        if (error is not null)
                        {
                            (found[b] ??= []).Add(error);
                        }
                    }
                });
        }
        catch (Exception)
        {
            // Cancelled or failed: keep the prefix packed before the parallel part; wipe the blocks it may have started.
            var firstBlock = (start + first) / BlockSize;
            Array.Clear(_words, firstBlock * Stride, blocks * Stride);
            throw;
        }

        Count = start + cases.Count;
        foreach (var list in found)
        {
            if (list is not null)
            {
                (_errors ??= []).AddRange(list);
            }
        }
    }

    /// <summary>Empties the batch, keeping its capacity.</summary>
    public void Clear()
    {
        var blocks = (Count + BlockSize - 1) / BlockSize;
        Array.Clear(_words, 0, blocks * Stride);
        if (_keepSources)
        {
            Array.Clear(_sources, 0, Count);
        }

        _errors?.Clear();
        Count = 0;
    }

    private BatchError? Pack(int index, WorkerCase workerCase)
    {
        if (_keepSources)
        {
            _sources[index] = workerCase;
        }

        var assessor = Owner.Assessor;
        if (!CaseFacts.TryCreate(workerCase, assessor.Methodology, out var facts))
        {
            return new BatchError(index, WorkerCaseValidator.SafeId(workerCase.CaseId), assessor.Validate(workerCase).Errors);
        }

        var words = _words;
        var within = index % BlockSize;
        var lanes = Lanes;
        var baseIndex = ((index / BlockSize) * Stride) + (within / LaneSize);
        var bit = 1UL << (within % LaneSize);
        for (var m = facts.Known; m != 0; m &= m - 1)
        {
            words[baseIndex + (BitOperations.TrailingZeroCount(m) * lanes)] |= bit;
        }

        var yesBase = baseIndex + (FactCount * lanes);
        for (var m = facts.Yes; m != 0; m &= m - 1)
        {
            words[yesBase + (BitOperations.TrailingZeroCount(m) * lanes)] |= bit;
        }

        var flags = baseIndex + (2 * FactCount * lanes);
        words[flags + (FlagValid * lanes)] |= bit;
        if (workerCase.AgeAtTime is not { } age)
        {
            words[flags + (FlagAgeUnknown * lanes)] |= bit;
        }
        else if (age < assessor.Methodology.ChildAgeLimit)
        {
            words[flags + (FlagChild * lanes)] |= bit;
        }

        if (workerCase.ExcludedContext != ExcludedContext.None)
        {
            words[flags + (FlagExcluded * lanes)] |= bit;
        }

        if (BitOperations.PopCount(facts.Known & Owner.ReadMask) >= Owner.MinimumAnswered)
        {
            words[flags + (FlagCoverageMet * lanes)] |= bit;
        }

        return null;
    }

    private void EnsureCapacity(int count)
    {
        if (count <= _capacity)
        {
            return;
        }

        var blocks = Math.Max((count + BlockSize - 1) / BlockSize, 2 * (_capacity / BlockSize));
        Array.Resize(ref _words, blocks * Stride);
        _capacity = blocks * BlockSize;
        if (_keepSources)
        {
            Array.Resize(ref _sources, blocks * BlockSize);
        }
    }
}
