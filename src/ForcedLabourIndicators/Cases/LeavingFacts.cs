namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's freedom to leave the job, and about what happens to those who leave.</summary>
public sealed record LeavingFacts
{
    /// <summary>The worker is not free to resign as the law allows (<c>leaving.cannotResign</c>).</summary>
    public Answer CannotResign { get; init; }

    /// <summary>The worker is kept longer than agreed, for example waiting for wages due (<c>leaving.keptBeyondAgreedTerm</c>).</summary>
    public Answer KeptBeyondAgreedTerm { get; init; }

    /// <summary>The worker's freedom to resign is reduced by training costs or benefits paid by the employer (<c>leaving.boundByTrainingCosts</c>).</summary>
    public Answer BoundByTrainingCosts { get; init; }

    /// <summary>Those who leave face prosecution or prison (<c>leaving.prosecutionForLeaving</c>).</summary>
    public Answer ProsecutionForLeaving { get; init; }

    /// <summary>Those who leave are barred from returning home or excluded from future employment or community life (<c>leaving.barredFromReturningHome</c>).</summary>
    public Answer BarredFromReturningHome { get; init; }
}
