/** API keys (stored as SHA-256 hashes), roles, the users store over JDBC and the access guard. */
package dev.chipex.server.access;
