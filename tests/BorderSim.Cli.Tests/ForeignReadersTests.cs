using System.Diagnostics;
using BorderSim.Cli.Tests.Support;

namespace BorderSim.Cli.Tests;

/// <summary>
/// Analysts read BorderSim's CSV files with pandas and R: every file of a run, an ensemble, a sweep and a comparison is
/// read by both, and every column name must come through unchanged, every column must read as numbers except the
/// dates and labels, and every seed must read back exactly (all seeds are below 2^53). Debian's python3-pandas and
/// r-base-core (which .ci/run installs) are needed; without them the tests say they are skipped.
/// </summary>
public sealed class ForeignReadersTests : IClassFixture<OutputColumnsTests.Outputs>
{
    private const string Python = "/usr/bin/python3";
    private const string Rscript = "/usr/bin/Rscript";

    /// <summary>Columns that are not numbers: dates and labels.</summary>
    private const string TextColumns = "date,time,peak_stranded_date,label,scenario,kind";

    private static readonly string[] CsvFiles =
    [
        "run/daily.csv", "run/ticks.csv", "ensemble/replicates.csv", "ensemble/key_figures.csv", "ensemble/daily.csv",
        "sweep/sweep.csv", "sweep/points.csv", "comparison/comparison.csv",
    ];

    private readonly OutputColumnsTests.Outputs _outputs;

    public ForeignReadersTests(OutputColumnsTests.Outputs outputs) => _outputs = outputs;

    [ToolFact(Python, "import pandas", "python3-pandas is not installed (apt-get install python3-pandas; .ci/run installs it)")]
    public void Pandas_reads_every_csv_with_its_names_numbers_and_exact_seeds()
    {
        var script = """
            import sys, csv, pandas as pd
            text = set(sys.argv[1].split(","))
            for path in sys.argv[2:]:
                df = pd.read_csv(path)
                header = next(csv.reader(open(path)))
                assert list(df.columns) == header, (path, "names", list(df.columns))
                for c in df.columns:
                    if c not in text:
                        assert pd.api.types.is_numeric_dtype(df[c]), (path, c, str(df[c].dtype))
                if "seed" in df.columns:
                    assert str(df["seed"].dtype) == "int64", (path, "seed dtype", str(df["seed"].dtype))
                    written = [row["seed"] for row in csv.DictReader(open(path))]
                    assert [str(s) for s in df["seed"]] == written, (path, "seeds")
                    assert max(int(s) for s in written) < 2**53
            print("ok", len(sys.argv) - 2)
            """;
        var (code, output) = RunTool(Python, ["-c", script, TextColumns, .. CsvFiles.Select(f => Path.Combine(_outputs.Folder, f))]);
        Assert.True(code == 0, output);
        Assert.Contains($"ok {CsvFiles.Length}", output, StringComparison.Ordinal);
    }

    [ToolFact(Rscript, null, "R is not installed (apt-get install r-base-core; .ci/run installs it)")]
    public void R_reads_every_csv_with_its_names_numbers_and_exact_seeds()
    {
        var script = """
            args <- commandArgs(trailingOnly = TRUE)
            text <- strsplit(args[1], ",")[[1]]
            for (path in args[-1]) {
              df <- read.csv(path)
              header <- strsplit(readLines(path, n = 1), ",")[[1]]
              if (!identical(names(df), header)) stop(paste(path, "names:", paste(names(df), collapse = " ")))
              for (c in setdiff(names(df), text)) if (!is.numeric(df[[c]])) stop(paste(path, c, "is not numeric"))
              if ("seed" %in% names(df)) {
                written <- read.csv(path, colClasses = c(seed = "character"))$seed
                if (!identical(format(df$seed, scientific = FALSE, trim = TRUE), written)) stop(paste(path, "seeds differ"))
              }
            }
            cat("ok", length(args) - 1, "\n")
            """;
        var file = Path.Combine(_outputs.Folder, "check.R");
        File.WriteAllText(file, script);
        var (code, output) = RunTool(Rscript, [file, TextColumns, .. CsvFiles.Select(f => Path.Combine(_outputs.Folder, f))]);
        Assert.True(code == 0, output);
        Assert.Contains($"ok {CsvFiles.Length}", output, StringComparison.Ordinal);
    }

    internal static (int Code, string Output) RunTool(string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

/// <summary>A fact that needs a program (and, for Python, a module it can import); reported as skipped, saying why, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program, string? pythonImport, string whyMissing)
    {
        var present = File.Exists(program)
            && (pythonImport is null || ForeignReadersTests.RunTool(program, ["-c", pythonImport]).Code == 0);
        if (!present)
        {
            Skip = whyMissing;
        }
    }
}
