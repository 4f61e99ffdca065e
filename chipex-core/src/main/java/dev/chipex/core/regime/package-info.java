/**
 * Regimes as data: the YAML format's model (groups, dated parameters, controls, license
 * exceptions, allocations, agreements, deals, model-weights rule), its loader with located
 * validation, and the bundled built-in regimes.
 */
package dev.chipex.core.regime;
