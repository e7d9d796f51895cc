/**
 * Which versions of generated code this runtime reads, and the refusal, with the fix, of code it
 * does not: the generated-code contract's own versions ({@code dev.crosscheck.runtime.generated})
 * and code generated before the contract ({@code dev.crosscheck.runtime.filter}). Internal.
 */
package dev.crosscheck.runtime.internal.contract;
