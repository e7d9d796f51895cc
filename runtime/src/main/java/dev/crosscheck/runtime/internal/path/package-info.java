/** Jakarta REST path templates: parsed, encoded, compared. Internal. */
package dev.crosscheck.runtime.internal.path;
