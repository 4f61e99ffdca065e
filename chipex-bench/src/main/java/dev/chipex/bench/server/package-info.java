/** The check endpoint under a loopback load beside the server's cheapest authenticated endpoint. */
package dev.chipex.bench.server;
