#:project ../src/ForcedLabourIndicators/ForcedLabourIndicators.csproj

// Scores a small synthetic survey (fixed seed) and prints the weighted prevalence table.
// Run: dotnet run samples/prevalence.cs
using System.Globalization;
using ForcedLabourIndicators;
using ForcedLabourIndicators.Statistics;

var random = new Random(2022);
var assessor = CaseAssessor.Default;
var records = new List<SurveyRecord>();
for (var i = 0; i < 2_000; i++)
{
    // Two strata (urban, rural) with different sampling rates, so different weights; 50 villages or blocks in each as clusters.
    var rural = i % 3 == 0;
    var weight = rural ? 3.0 : 1.0;
    // A survey asks every question; about 2% of answers are missing (item non-response), and some answers are yes.
    var c = new WorkerCase(string.Create(CultureInfo.InvariantCulture, $"respondent-{i:D4}")) { AgeAtTime = random.Next(18, 65) };
    foreach (var fact in Facts.All.Where(f => !f.IsDerived))
    {
        var yes = fact.Group == FactGroup.Pay ? (rural ? 0.06 : 0.03) : 0.015;
        c = fact.SetOn(c, random.NextDouble() < 0.02 ? Answer.Unknown : random.NextDouble() < yes ? Answer.Yes : Answer.No);
    }

    c = c with
    {
        WorkingTime = c.WorkingTime with { HoursPerWeek = 35 + random.Next(0, 30), DaysOffPerWeek = random.Next(0, 3) },
        Pay = c.Pay with { ShareOfPayWithheld = random.NextDouble() < 0.9 ? 0 : 0.3, PromisedMonthlyPay = 500, PaidMonthlyPay = 500 },
        Debt = c.Debt with { AmountOwed = 0 },
    };
    var sex = random.NextDouble() < 0.5 ? "female" : "male";
    records.Add(SurveyRecord.From(assessor.Assess(c), weight, group: sex, stratum: rural ? "rural" : "urban",
        cluster: string.Create(CultureInfo.InvariantCulture, $"{(rural ? "r" : "u")}{i % 50}")));
}

var table = PrevalenceEstimator.Estimate(records, assessor.Rules.Select(r => r.Code).ToArray());
Console.WriteLine(table.ToMarkdown());
