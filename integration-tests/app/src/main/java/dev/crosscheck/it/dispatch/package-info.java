/**
 * Layouts where Jersey and RESTEasy may dispatch the same request to different resource methods:
 * every method answers its own name ({@code "open"} or {@code "closed"}), so a test can check the
 * CORS headers against the method that actually ran, whichever runtime chose it.
 */
package dev.crosscheck.it.dispatch;
