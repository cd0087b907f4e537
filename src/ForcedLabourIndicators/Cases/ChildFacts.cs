namespace ForcedLabourIndicators;

/// <summary>Facts that decide the determination when the worker was a child at the time (see <see cref="ChildPolicy"/>).</summary>
public sealed record ChildFacts
{
    /// <summary>The child works as a direct result of a parent being in forced labour (<c>child.parentsInForcedLabour</c>).</summary>
    public Answer ParentsInForcedLabour { get; init; }

    /// <summary>The work is one of the worst forms of child labour of ILO C182 Art. 3(a)-(c): slavery-like practices,
    /// trafficking, debt bondage, recruitment for armed conflict, commercial sexual exploitation, illicit activities (<c>child.worstForms</c>).</summary>
    public Answer WorstForms { get; init; }

    /// <summary>The child is made to work under coercion (threats, violence, confinement, withheld pay or documents) by
    /// someone other than the parents, applied to the child or to the parents (<c>child.coercedByThirdParty</c>).</summary>
    public Answer CoercedByThirdParty { get; init; }
}
