/** Origins and origin patterns: parsed, canonical, matched; the Public Suffix List. Internal. */
package dev.crosscheck.runtime.internal.origin;
