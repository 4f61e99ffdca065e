/** The benchmark runner: one command per benchmark, each measuring chipex beside its baseline. */
package dev.chipex.bench;
