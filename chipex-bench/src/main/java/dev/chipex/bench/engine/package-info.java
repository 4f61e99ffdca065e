/**
 * The single-determination benchmark (JMH) and its baseline: the same tier-and-LPP decision as
 * a DMN decision table on the Apache KIE engine, checked to give the same verdicts.
 */
package dev.chipex.bench.engine;
