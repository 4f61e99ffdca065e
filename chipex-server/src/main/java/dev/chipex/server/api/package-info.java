/**
 * The {@code /api/v1} handlers: requests read field by field with located problems, and the
 * JSON shapes of classifications and determinations ({@link dev.chipex.server.api.DeterminationJson}).
 */
package dev.chipex.server.api;
