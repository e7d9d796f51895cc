/**
 * The engine a generated filter starts: built from the tables of every compilation, checked
 * against the rulebook at start, and bound to the runtime (the request filter, and a <b>binding</b>:
 * the response filter the runtime binds to each resource method with a policy). Internal.
 */
package dev.crosscheck.runtime.internal.engine;
