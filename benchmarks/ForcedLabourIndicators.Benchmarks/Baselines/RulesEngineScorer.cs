using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace ForcedLabourIndicators.Benchmarks;

/// <summary>
/// The eleven indicators in Microsoft RulesEngine, as its users write them: a JSON workflow of lambda expressions
/// (<c>Baselines/IloIndicators.workflow.json</c>), evaluated per case, with the score summed from the successful rules.
/// </summary>
public sealed class RulesEngineScorer
{
    private const string WorkflowName = "IloIndicators";
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly RulesEngine.RulesEngine _engine;
    private readonly double[] _weights;
    private readonly double _total;

    public RulesEngineScorer(Methodology methodology)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Baselines", "IloIndicators.workflow.json");
        var workflows = JsonSerializer.Deserialize<Workflow[]>(File.ReadAllText(path), JsonOptions)!;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
        _weights = IloIndicators.All.Select(methodology.WeightOf).ToArray();
        _total = _weights.Sum();
    }

    public ScoredHits Score(FlatCase c)
    {
        // RulesEngine's API is asynchronous only; a synchronous caller blocks on it, as batch jobs do.
        var pending = _engine.ExecuteAllRulesAsync(WorkflowName, c);
        var results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        uint mask = 0;
        double present = 0;
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].IsSuccess)
            {
                mask |= 1u << i;
                present += _weights[i];
            }
        }

        return new ScoredHits(mask, 100 * present / _total);
    }
}
