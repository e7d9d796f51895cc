/**
 * Origins supplied while the application runs ({@code @CrossOrigin(originSource = ...)}):
 * {@link dev.crosscheck.runtime.internal.source.OriginSourceReader} reads an application's source on its
 * schedule and on demand; {@link dev.crosscheck.runtime.internal.source.SourcedOrigins} holds what one
 * policy takes from it, each value checked by that policy's rules, as one snapshot a request
 * reads. Internal: applications implement {@code dev.crosscheck.OriginSource} and call {@code
 * dev.crosscheck.runtime.OriginSources}.
 */
package dev.crosscheck.runtime.internal.source;
