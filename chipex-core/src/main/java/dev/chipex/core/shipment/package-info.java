/**
 * The one shipment reader: a shipment's fields as written (field name to text) in, a
 * {@link dev.chipex.core.decision.Transaction} or every located problem out. Every front door
 * (the CLI's flags and batch files, the HTTP API, the simulator's demand files, the benchmarks)
 * tokenises its own format and hands the fields here, so a field means the same wherever it is
 * written and is checked by the same rules with the same messages.
 */
package dev.chipex.core.shipment;
