/**
 * A policy made ready to answer requests: its origins as an allowlist, its request headers as a
 * set, its response header values written once. Internal.
 */
package dev.crosscheck.runtime.internal.compiled;
