/**
 * Countries (ISO 3166-1) and the EAR Country Groups they belong to on a date. Tiers are not
 * here: a tier is a regime's named group, built from these in the regime files.
 */
package dev.chipex.core.country;
