/**
 * A batch file read row by row with memory bounded whatever its size: CSV or JSON lines tokenised
 * here into fields for the core's shipment reader, a first pass that checks every row (every
 * problem at once, nothing decided), then rows handed over in date order, from the file itself or,
 * for a file out of date order, through a sort on disk; and an output spool that puts lines decided
 * in date order back in the file's order.
 */
package dev.chipex.cli.batch;
