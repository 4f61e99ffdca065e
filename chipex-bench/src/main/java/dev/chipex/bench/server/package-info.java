/** The check endpoint's latency at a fixed request rate beside the server's cheapest authenticated endpoint at the same rate. */
package dev.chipex.bench.server;
