/**
 * What code generated before the generated-code contract (contract 0) links against: {@link
 * dev.crosscheck.runtime.filter.CrosscheckFilter}, {@link
 * dev.crosscheck.runtime.filter.CorsRouteSource} and the entry points it called. Each entry refuses
 * such code with the fix (rebuild with the same version of crosscheck-processor and
 * crosscheck-runtime), so that it never fails with a linkage error. Nothing else uses this package.
 */
package dev.crosscheck.runtime.filter;
