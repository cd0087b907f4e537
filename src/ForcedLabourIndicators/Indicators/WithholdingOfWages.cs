using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 8: Withholding of wages. Wages are systematically and deliberately withheld to keep the worker: unpaid, deferred to the end of the contract, paid to a third party such as a recruiter, agency or the state, or kept back in a share at or above the methodology's threshold. One-off late payment is not this indicator.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 2.</remarks>
public sealed class WithholdingOfWages : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.WithholdingOfWages"/> is a shared instance.</summary>
    public WithholdingOfWages()
        : base(
            [Pay.WagesUnpaid],
            [Pay.WagesDeferred],
            [Pay.WagesPaidToThirdParty],
            [Pay.ShareWithheldAboveLimit])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.WithholdingOfWages;

    /// <inheritdoc/>
    public override string Name => "Withholding of wages";

    /// <inheritdoc/>
    public override string Description => "Wages are systematically and deliberately withheld to keep the worker: unpaid, deferred to the end of the contract, paid to a third party such as a recruiter, agency or the state, or kept back in a share at or above the methodology's threshold. One-off late payment is not this indicator.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 2;
}
