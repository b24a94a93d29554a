using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Domain.Validation;
using DuckDB.NET.Data;

namespace ChainGraph.Bench;

/// <summary>
/// <c>duckdb-load --data DIR --db FILE</c> (hidden; run by the benchmark in a fresh process with <c>--duckdb</c>):
/// loads the same data set files into a DuckDB database file, one table per file with DuckDB's own type detection,
/// and checkpoints it to disk, for a side-by-side ratio with <c>chaingraph import</c> on the same machine. DuckDB
/// checks nothing of the import format (no keys, references or rules), so the ratio is of a plain load against a
/// validated, durable import.
/// </summary>
internal static class DuckDbLoadCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Data set folder (CSV files)", Required = true };
        var database = new Option<string>("--db") { Description = "DuckDB database file to create (replaced when it exists)", Required = true };
        var command = new Command("duckdb-load", "Load a data set's CSV files into DuckDB and time it (run by the benchmark)") { data, database };
        command.Hidden = true;
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(data)!;
            var path = parse.GetValue(database)!;
            foreach (var f in new[] { path, path + ".wal" })
            {
                File.Delete(f);
            }
            var clock = Stopwatch.StartNew();
            long rows = 0;
            await using (var connection = new DuckDBConnection($"Data Source={path}"))
            {
                await connection.OpenAsync(ct).ConfigureAwait(false);
                foreach (var file in DataSetSchema.Files)
                {
                    var csv = Path.Combine(folder, file.FileName);
                    if (!File.Exists(csv))
                    {
                        continue;
                    }
                    await using var create = connection.CreateCommand();
                    // Table names come from the format's own file list; the file path goes in as a parameter.
                    create.CommandText = $"CREATE TABLE {Path.GetFileNameWithoutExtension(file.FileName)} AS SELECT * FROM read_csv($path, header = true)";
                    create.Parameters.Add(new DuckDBParameter("path", csv));
                    await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    await using var count = connection.CreateCommand();
                    count.CommandText = $"SELECT count(*) FROM {Path.GetFileNameWithoutExtension(file.FileName)}";
                    rows += Convert.ToInt64(await count.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
                }
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "CHECKPOINT";
                await checkpoint.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }
            Console.WriteLine(JsonSerializer.Serialize(new { rows, loadMs = clock.Elapsed.TotalMilliseconds }));
            return BenchExit.Ok;
        });
        return command;
    }
}
