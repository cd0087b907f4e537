namespace ForcedLabourIndicators;

/// <summary>
/// A yes/no fact about a worker's situation, identified by a stable code.
/// </summary>
/// <remarks>
/// <para>
/// The instances are fixed and listed in <see cref="Facts"/>; compare them by reference or by <see cref="Code"/>.
/// Codes are stable across versions: they name the fact in evidence, in validation errors and in file formats.
/// </para>
/// <para>
/// A <em>derived</em> fact is not answered directly: it is decided from a quantity (for example hours per week)
/// against a threshold of the <see cref="Methodology"/>, and is unknown while the quantity is unknown.
/// </para>
/// <para>This type is immutable and safe to share across threads.</para>
/// </remarks>
public sealed class Fact
{
    private readonly Func<WorkerCase, Answer>? _get;
    private readonly Func<WorkerCase, Answer, WorkerCase>? _set;

    internal Fact(
        int index,
        string code,
        FactGroup group,
        string question,
        Func<WorkerCase, Answer>? get,
        Func<WorkerCase, Answer, WorkerCase>? set,
        QuantityFact? derivedFrom = null)
    {
        Index = index;
        Code = code;
        Group = group;
        Question = question;
        _get = get;
        _set = set;
        DerivedFrom = derivedFrom;
    }

    /// <summary>The position of the fact in <see cref="Facts.All"/>; also its bit in packed fact sets.</summary>
    internal int Index { get; }

    /// <summary>The single-bit mask of this fact in packed fact sets.</summary>
    internal ulong Mask => 1UL << Index;

    /// <summary>The stable code, <c>group.name</c> in camelCase, e.g. <c>documents.notReturnedOnRequest</c>.</summary>
    public string Code { get; }

    /// <summary>The part of the worker's situation the fact belongs to.</summary>
    public FactGroup Group { get; }

    /// <summary>The fact as a yes/no question, phrased so that "yes" points towards forced labour.</summary>
    public string Question { get; }

    /// <summary>
    /// For a derived fact, the quantity it is decided from; <see langword="null"/> for a fact answered directly.
    /// </summary>
    public QuantityFact? DerivedFrom { get; }

    /// <summary>Whether the fact is decided from a quantity rather than answered directly.</summary>
    public bool IsDerived => DerivedFrom is not null;

    /// <summary>Reads the answer recorded on a case. For a derived fact this is always <see cref="Answer.Unknown"/>;
    /// use <see cref="CaseFacts"/> to see derived facts decided.</summary>
    /// <param name="workerCase">The case to read.</param>
    /// <returns>The recorded answer.</returns>
    public Answer GetFrom(WorkerCase workerCase)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        return _get is null ? Answer.Unknown : _get(workerCase);
    }

    /// <summary>Returns a copy of the case with this fact answered.</summary>
    /// <param name="workerCase">The case to copy.</param>
    /// <param name="answer">The answer to record.</param>
    /// <returns>A new case; the original is unchanged.</returns>
    /// <exception cref="InvalidOperationException">The fact is derived and cannot be answered directly.</exception>
    public WorkerCase SetOn(WorkerCase workerCase, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        if (_set is null)
        {
            throw new InvalidOperationException(
                $"Fact '{Code}' is derived from '{DerivedFrom?.Code}' and cannot be answered directly; record the quantity instead.");
        }

        return _set(workerCase, answer);
    }

    /// <inheritdoc/>
    public override string ToString() => Code;
}
