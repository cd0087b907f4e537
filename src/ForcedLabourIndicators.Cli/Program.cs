using ForcedLabourIndicators.Cli;

// fli                 assess the bundled example cases and print each assessment
// fli score <file|->  assess cases from a file or standard input (see fli --help)
return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None).ConfigureAwait(false);
