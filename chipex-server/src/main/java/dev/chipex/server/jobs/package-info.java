/**
 * Long simulations as jobs: a small bounded executor runs {@code simulate} and {@code compare}
 * requests one at a time, reporting progress per Monte Carlo run; finished jobs keep their result
 * (the comparison) for the JSON result and the HTML report.
 */
package dev.chipex.server.jobs;
