/**
 * For runtimes that find providers by scanning the application for {@code @Provider} classes and
 * load no {@code Feature} services (TomEE): {@link dev.crosscheck.runtime.internal.scan.ScannedFeature}
 * runs the generated features. Internal.
 */
package dev.crosscheck.runtime.internal.scan;
