/**
 * Items and their classification: processing rates, TPP, performance density, ECCN 3A090/4A090
 * paragraphs (as data), H100-equivalents, and the catalog of named real chips.
 */
package dev.chipex.core.item;
