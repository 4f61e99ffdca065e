/** Text helpers shared by catalogs: suggestions for unknown names. */
package dev.chipex.core.text;
