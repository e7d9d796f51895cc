/** The policy model the processor and the runtime share: one @CrossOrigin policy, its attributes and placeholders. Internal. */
package dev.crosscheck.runtime.internal.policy;
