/**
 * The words of determinations: the paragraph an officer files, each trace step's reason, each
 * parameter's value, what an alternative changes, and the JSON shape every output serialises.
 * Written from a determination and the regime as it stood on its date; the engine writes none.
 */
package dev.chipex.core.explanation;
