namespace ForcedLabourIndicators;

/// <summary>What is known about the worker's identity, travel and other personal documents (passport, ID, permits, diplomas).</summary>
public sealed record DocumentFacts
{
    /// <summary>The employer, recruiter, agency or state holds the worker's documents (<c>documents.held</c>).</summary>
    public Answer Held { get; init; }

    /// <summary>The documents are not returned when the worker asks for them (<c>documents.notReturnedOnRequest</c>).</summary>
    public Answer NotReturnedOnRequest { get; init; }
}
