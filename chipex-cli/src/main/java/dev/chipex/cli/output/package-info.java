/**
 * Output shared by every chipex command: {@link dev.chipex.cli.output.Table} renders aligned text
 * tables, {@link dev.chipex.cli.output.Json} writes JSON and JSON lines through Jackson,
 * {@link dev.chipex.cli.output.Csv} writes RFC 4180 CSV, and {@link dev.chipex.cli.output.OutputFormat}
 * is the {@code --format} option's value.
 */
package dev.chipex.cli.output;
