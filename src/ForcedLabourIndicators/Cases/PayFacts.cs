namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's pay. Answers default to <see cref="Answer.Unknown"/>, amounts to <see langword="null"/>.</summary>
public sealed record PayFacts
{
    /// <summary>Wages are systematically not paid (<c>pay.wagesUnpaid</c>).</summary>
    public Answer WagesUnpaid { get; init; }

    /// <summary>Wages are deferred to the end of the contract or held as "savings" by the employer (<c>pay.wagesDeferred</c>).</summary>
    public Answer WagesDeferred { get; init; }

    /// <summary>Wages are paid to a third party (recruiter, agency or state) rather than to the worker (<c>pay.wagesPaidToThirdParty</c>).</summary>
    public Answer WagesPaidToThirdParty { get; init; }

    /// <summary>The share of the worker's pay kept back by the employer, an agency or the state, from 0 to 1, beyond lawful
    /// deductions such as taxes and social security (<c>pay.shareOfPayWithheld</c>).</summary>
    public double? ShareOfPayWithheld { get; init; }

    /// <summary>The monthly pay promised at recruitment, in any currency consistent with <see cref="PaidMonthlyPay"/> (<c>pay.promisedMonthlyPay</c>).</summary>
    public double? PromisedMonthlyPay { get; init; }

    /// <summary>The monthly pay the worker actually receives, in the currency of <see cref="PromisedMonthlyPay"/> (<c>pay.paidMonthlyPay</c>).</summary>
    public double? PaidMonthlyPay { get; init; }
}
