/**
 * What code generated before the generated-code contract (contract 0) makes when it loads: kept so
 * that such code is refused with the fix rather than failing to link ({@code
 * dev.crosscheck.runtime.filter} has its other entry points). Nothing else uses this package.
 */
package dev.crosscheck.runtime.policy;
