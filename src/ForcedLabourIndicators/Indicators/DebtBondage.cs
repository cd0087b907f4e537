using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 9: Debt bondage. A debt binds the worker's labour: recruitment fees or advances, a debt the worker must work off before leaving, inflated charges or manipulated accounts, or a debt that would take longer than the methodology's limit to repay.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 2.</remarks>
public sealed class DebtBondage : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.DebtBondage"/> is a shared instance.</summary>
    public DebtBondage()
        : base(
            [Debt.MustWorkToRepay],
            [Debt.DebtManipulated],
            [Debt.RepaymentBeyondLimit],
            [Recruitment.RecruitmentDebt])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.DebtBondage;

    /// <inheritdoc/>
    public override string Name => "Debt bondage";

    /// <inheritdoc/>
    public override string Description => "A debt binds the worker's labour: recruitment fees or advances, a debt the worker must work off before leaving, inflated charges or manipulated accounts, or a debt that would take longer than the methodology's limit to repay.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 2;
}
