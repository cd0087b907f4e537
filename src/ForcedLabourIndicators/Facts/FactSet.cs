using System.Collections;
using System.Numerics;

namespace ForcedLabourIndicators;

/// <summary>
/// An immutable set of facts in catalogue order, stored as one 64-bit mask: the list type behind every list of facts on
/// an assessment. Cheap to create and safe to share across threads.
/// </summary>
internal sealed class FactSet : IReadOnlyList<Fact>
{
    private static readonly FactSet[] s_single = Enumerable.Range(0, 64).Select(i => new FactSet(1UL << i)).ToArray();

    private readonly ulong _mask;

    private FactSet(ulong mask) => _mask = mask;

    /// <summary>The empty set.</summary>
    internal static FactSet Empty { get; } = new(0);

    public int Count => BitOperations.PopCount(_mask);

    public Fact this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var m = _mask;
            for (var i = 0; i < index; i++)
            {
                m &= m - 1;
            }

            return Facts.AllArray[BitOperations.TrailingZeroCount(m)];
        }
    }

    /// <summary>The set of the facts whose bits are set; the empty and single-fact sets are shared instances.</summary>
    internal static FactSet Of(ulong mask) =>
        mask == 0 ? Empty : (mask & (mask - 1)) == 0 ? s_single[BitOperations.TrailingZeroCount(mask)] : new FactSet(mask);

    public IEnumerator<Fact> GetEnumerator()
    {
        for (var m = _mask; m != 0; m &= m - 1)
        {
            yield return Facts.AllArray[BitOperations.TrailingZeroCount(m)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", this);
}
