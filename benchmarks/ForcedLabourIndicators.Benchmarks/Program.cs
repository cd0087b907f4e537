using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/ForcedLabourIndicators.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
