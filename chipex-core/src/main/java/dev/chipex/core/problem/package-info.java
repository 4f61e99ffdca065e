/** Located input problems and the one base class of chipex throwables. */
package dev.chipex.core.problem;
