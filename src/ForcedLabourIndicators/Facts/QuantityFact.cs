using System.Globalization;

namespace ForcedLabourIndicators;

/// <summary>
/// A numeric fact about a worker's situation in plain units (hours per week, a share 0-1, money per month),
/// identified by a stable code. <see langword="null"/> on a case means unknown.
/// </summary>
/// <remarks>This type is immutable and safe to share across threads.</remarks>
public sealed class QuantityFact
{
    private readonly Func<WorkerCase, double?> _get;
    private readonly Func<WorkerCase, double?, WorkerCase> _set;

    internal QuantityFact(
        int index,
        string code,
        FactGroup group,
        string description,
        string unit,
        double minimum,
        double maximum,
        Func<WorkerCase, double?> get,
        Func<WorkerCase, double?, WorkerCase> set)
    {
        Index = index;
        Code = code;
        Group = group;
        Description = description;
        Unit = unit;
        Minimum = minimum;
        Maximum = maximum;
        _get = get;
        _set = set;
    }

    /// <summary>The position of the quantity in <see cref="Facts.Quantities"/>.</summary>
    internal int Index { get; }

    /// <summary>The stable code, e.g. <c>workingTime.hoursPerWeek</c>.</summary>
    public string Code { get; }

    /// <summary>The part of the worker's situation the quantity belongs to.</summary>
    public FactGroup Group { get; }

    /// <summary>What the quantity measures.</summary>
    public string Description { get; }

    /// <summary>The unit, e.g. "hours per week" or "share 0-1".</summary>
    public string Unit { get; }

    /// <summary>The smallest valid value (inclusive).</summary>
    public double Minimum { get; }

    /// <summary>The largest valid value (inclusive); <see cref="double.PositiveInfinity"/> when unbounded.</summary>
    public double Maximum { get; }

    /// <summary>Reads the value recorded on a case; <see langword="null"/> when unknown.</summary>
    /// <param name="workerCase">The case to read.</param>
    /// <returns>The recorded value, or <see langword="null"/>.</returns>
    public double? GetFrom(WorkerCase workerCase)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        return _get(workerCase);
    }

    /// <summary>Returns a copy of the case with this quantity recorded (or cleared with <see langword="null"/>).</summary>
    /// <param name="workerCase">The case to copy.</param>
    /// <param name="value">The value to record; <see langword="null"/> for unknown.</param>
    /// <returns>A new case; the original is unchanged.</returns>
    public WorkerCase SetOn(WorkerCase workerCase, double? value)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        return _set(workerCase, value);
    }

    /// <summary>Whether a value lies in the valid range (NaN and infinities never do).</summary>
    internal bool IsValid(double value) =>
        double.IsFinite(value) && value >= Minimum && value <= Maximum;

    /// <summary>The valid range as text, for error messages.</summary>
    internal string RangeText => double.IsPositiveInfinity(Maximum)
        ? string.Create(CultureInfo.InvariantCulture, $"{Minimum} or more")
        : string.Create(CultureInfo.InvariantCulture, $"from {Minimum} to {Maximum}");

    /// <inheritdoc/>
    public override string ToString() => Code;
}
