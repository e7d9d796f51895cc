package dev.crosscheck.runtime.filter;

/**
 * A route ready for requests: its HTTP method, which is also its preflight's
 * {@code Access-Control-Allow-Methods}, and its policy (null when not open cross-origin).
 */
record CompiledRoute(String httpMethod, CompiledPolicy policy) {}
