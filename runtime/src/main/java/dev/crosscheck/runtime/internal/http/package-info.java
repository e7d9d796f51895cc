/** HTTP tokens, header names and methods, as the Fetch Standard and RFC 9110 define them. Internal. */
package dev.crosscheck.runtime.internal.http;
