/** Configured values: placeholders in policies and settings, resolved at start from system properties, the environment and MicroProfile Config. Internal. */
package dev.crosscheck.runtime.internal.config;
