/** Batch throughput: a seeded synthetic shipment file, parsed alone (the floor) and parsed and decided under every regime. */
package dev.chipex.bench.batch;
