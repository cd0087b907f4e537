namespace ForcedLabourIndicators;

/// <summary>What is known about debts owed by the worker to the employer, recruiter or others.</summary>
public sealed record DebtFacts
{
    /// <summary>The worker must keep working to repay a debt or advance and may not leave before it is repaid (<c>debt.mustWorkToRepay</c>).</summary>
    public Answer MustWorkToRepay { get; init; }

    /// <summary>The debt is induced or inflated: falsified accounts, inflated prices, undervalued output, excessive interest (<c>debt.debtManipulated</c>).</summary>
    public Answer DebtManipulated { get; init; }

    /// <summary>The amount owed, in the currency of the pay figures (<c>debt.amountOwed</c>).</summary>
    public double? AmountOwed { get; init; }

    /// <summary>Months of work the worker needs to repay the debt (<c>debt.monthsToRepay</c>).
    /// When unknown but <see cref="AmountOwed"/> and <see cref="PayFacts.PaidMonthlyPay"/> are known, the assessment estimates it as
    /// amount owed / monthly pay (0 when nothing is owed, without limit when a debt is owed and nothing is paid); the evidence then shows the estimate.</summary>
    public double? MonthsToRepay { get; init; }
}
