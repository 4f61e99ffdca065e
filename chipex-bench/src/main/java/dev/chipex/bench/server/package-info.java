/** The check endpoint's latency at a fixed request rate beside the server's cheapest authenticated endpoint at the same rate, on chipex serve as a user starts it. */
package dev.chipex.bench.server;
