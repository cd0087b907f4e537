namespace ForcedLabourIndicators.Tests;

/// <summary>A rule added in a test: present when one fact is yes, weight 1.</summary>
internal sealed class OneFactRule(string code, Fact fact) : FactClauseRule([fact])
{
    public override string Code => code;

    public override string Name => code;

    public override string Description => "A test rule on one fact.";

    public override string Source => "test";

    public override double DefaultWeight => 1;
}
