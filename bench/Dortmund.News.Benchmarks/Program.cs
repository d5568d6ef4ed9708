using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Dortmund.News.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
