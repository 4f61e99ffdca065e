/** A small RFC 4180 CSV reader for the data files bundled with the core. */
package dev.chipex.core.csv;
