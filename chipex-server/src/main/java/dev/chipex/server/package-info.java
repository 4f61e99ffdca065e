/**
 * The chipex HTTP server: Javalin wiring, the route table with each route's roles, request
 * limits and the one mapper from failures to {@code application/problem+json}.
 */
package dev.chipex.server;
