using System.Runtime.CompilerServices;

namespace ForcedLabourIndicators;

/// <summary>
/// The facts of one case as the rules read them: every yes/no fact (derived ones decided against the methodology's
/// thresholds) and every quantity, packed into a small value.
/// </summary>
/// <remarks>Built by the assessor from a <see cref="WorkerCase"/>; a custom <see cref="IndicatorRule"/> reads it. Immutable.</remarks>
public readonly struct CaseFacts
{
    private readonly QuantityValues _quantities;

    private CaseFacts(WorkerCase source, ulong known, ulong yes, QuantityValues quantities)
    {
        Case = source;
        Known = known;
        Yes = yes;
        _quantities = quantities;
    }

    /// <summary>The case the facts were read from.</summary>
    public WorkerCase Case { get; }

    /// <summary>Bit <c>i</c> set: fact <c>i</c> of <see cref="Facts.All"/> is answered (yes or no).</summary>
    internal ulong Known { get; }

    /// <summary>Bit <c>i</c> set: fact <c>i</c> of <see cref="Facts.All"/> is yes. Always a subset of <see cref="Known"/>.</summary>
    internal ulong Yes { get; }

    /// <summary>The answer to a yes/no fact; derived facts are decided.</summary>
    /// <param name="fact">The fact.</param>
    public Answer this[Fact fact]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(fact);
            var m = fact.Mask;
            return (Known & m) == 0 ? Answer.Unknown : (Yes & m) != 0 ? Answer.Yes : Answer.No;
        }
    }

    /// <summary>The value of a quantity; <see langword="null"/> when unknown. <c>debt.monthsToRepay</c> is estimated from
    /// the amount owed and the monthly pay when it was not recorded.</summary>
    /// <param name="quantity">The quantity.</param>
    public double? this[QuantityFact quantity]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(quantity);
            var v = _quantities[quantity.Index];
            return double.IsNaN(v) ? null : v;
        }
    }

    /// <summary>Reads a case and decides its derived facts against a methodology's thresholds.</summary>
    /// <param name="workerCase">A case that passed validation.</param>
    /// <param name="methodology">The methodology whose thresholds decide the derived facts.</param>
    /// <returns>The packed facts.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid.</exception>
    public static CaseFacts Create(WorkerCase workerCase, Methodology methodology)
    {
        ArgumentNullException.ThrowIfNull(workerCase);
        ArgumentNullException.ThrowIfNull(methodology);
        if (!TryCreate(workerCase, methodology, out var facts))
        {
            var errors = WorkerCaseValidator.Instance.Validate(workerCase).Errors;
            var id = WorkerCaseValidator.SafeId(workerCase.CaseId);
            throw new InvalidCaseException(id, errors.Select(e => new CaseError(id, e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToArray());
        }

        return facts;
    }

    /// <summary>
    /// Reads a case, checking as it goes everything <see cref="WorkerCaseValidator"/> checks, without allocating:
    /// <see langword="false"/> exactly when the validator would report an error.
    /// </summary>
    internal static bool TryCreate(WorkerCase c, Methodology methodology, out CaseFacts facts)
    {
        facts = default;
        if (string.IsNullOrWhiteSpace(c.CaseId) || !WorkerCaseValidator.IsWellFormedId(c.CaseId)
            || c.AgeAtTime is < 0 or > WorkerCaseValidator.MaxAge || !Enum.IsDefined(c.ExcludedContext)
            || c.Recruitment is null || c.Pay is null || c.WorkingTime is null || c.Documents is null || c.Movement is null
            || c.Threats is null || c.Debt is null || c.Conditions is null || c.Leaving is null || c.Vulnerability is null || c.Child is null)
        {
            return false;
        }

        ulong known = 0, yes = 0;
        foreach (var fact in Facts.AllArray)
        {
            if (fact.IsDerived)
            {
                continue;
            }

            switch (fact.GetFrom(c))
            {
                case Answer.Unknown:
                    break;
                case Answer.No:
                    known |= fact.Mask;
                    break;
                case Answer.Yes:
                    known |= fact.Mask;
                    yes |= fact.Mask;
                    break;
                default:
                    return false;
            }
        }

        var q = default(QuantityValues);
        foreach (var quantity in Facts.QuantitiesArray)
        {
            if (quantity.GetFrom(c) is { } value)
            {
                if (!quantity.IsValid(value))
                {
                    return false;
                }

                q[quantity.Index] = value;
            }
            else
            {
                q[quantity.Index] = double.NaN;
            }
        }

        DeriveMonthsToRepay(ref q);
        var (dk, dy) = Derive(q, methodology);
        facts = new CaseFacts(c, known | dk, yes | dy, q);
        return true;
    }

    /// <summary>The figure and threshold behind a derived fact, for evidence.</summary>
    internal (double Figure, double Threshold) FigureFor(Fact fact, Methodology m)
    {
        if (ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised))
        {
            return (Shortfall(_quantities), m.PayShortfallShare);
        }

        return (_quantities[fact.DerivedFrom!.Index], ThresholdOf(fact, m));
    }

    private static double ThresholdOf(Fact fact, Methodology m) =>
        ReferenceEquals(fact, Facts.Pay.ShareWithheldAboveLimit) ? m.SystematicWithholdingShare
        : ReferenceEquals(fact, Facts.WorkingTime.HoursAboveLimit) ? m.WeeklyHoursLimit
        : ReferenceEquals(fact, Facts.WorkingTime.RestBelowMinimum) ? m.MinimumRestDaysPerWeek
        : m.DebtRepaymentMonthsLimit;

    private static void DeriveMonthsToRepay(ref QuantityValues q)
    {
        int months = Facts.MonthsToRepay.Index, owed = Facts.AmountOwed.Index, paid = Facts.PaidMonthlyPay.Index;
        if (!double.IsNaN(q[months]) || double.IsNaN(q[owed]))
        {
            return;
        }

        if (q[owed] == 0)
        {
            q[months] = 0;
        }
        else if (q[paid] > 0)
        {
            q[months] = q[owed] / q[paid];
        }
        else if (q[paid] == 0)
        {
            // A debt owed by a worker paid nothing can never be repaid from the pay.
            q[months] = double.PositiveInfinity;
        }
    }

    private static double Shortfall(in QuantityValues q)
    {
        double promised = q[Facts.PromisedMonthlyPay.Index], paid = q[Facts.PaidMonthlyPay.Index];
        if (double.IsNaN(promised) || double.IsNaN(paid))
        {
            return double.NaN;
        }

        return promised <= 0 ? 0 : Math.Max(0, (promised - paid) / promised);
    }

    private static (ulong Known, ulong Yes) Derive(in QuantityValues q, Methodology m)
    {
        ulong known = 0, yes = 0;
        double share = q[Facts.ShareOfPayWithheld.Index], shortfall = Shortfall(q), hours = q[Facts.HoursPerWeek.Index],
            daysOff = q[Facts.DaysOffPerWeek.Index], months = q[Facts.MonthsToRepay.Index];
        Decide(ref known, ref yes, Facts.Pay.ShareWithheldAboveLimit, share, share >= m.SystematicWithholdingShare);
        Decide(ref known, ref yes, Facts.Pay.PaidLessThanPromised, shortfall, shortfall >= m.PayShortfallShare);
        Decide(ref known, ref yes, Facts.WorkingTime.HoursAboveLimit, hours, hours > m.WeeklyHoursLimit);
        Decide(ref known, ref yes, Facts.WorkingTime.RestBelowMinimum, daysOff, daysOff < m.MinimumRestDaysPerWeek);
        Decide(ref known, ref yes, Facts.Debt.RepaymentBeyondLimit, months, months > m.DebtRepaymentMonthsLimit);
        return (known, yes);
    }

    private static void Decide(ref ulong known, ref ulong yes, Fact fact, double value, bool isYes)
    {
        if (double.IsNaN(value))
        {
            return;
        }

        known |= fact.Mask;
        if (isYes)
        {
            yes |= fact.Mask;
        }
    }

    [InlineArray(7)]
    private struct QuantityValues
    {
        private double _element0;
    }
}
