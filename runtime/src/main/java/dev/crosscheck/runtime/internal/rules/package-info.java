/** The rulebook: every rule code, checked on a policy, at build and at start. Internal. */
package dev.crosscheck.runtime.internal.rules;
