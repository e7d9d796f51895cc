/** On Jersey: the generated features registered even where Feature services are not loaded. Internal. */
package dev.crosscheck.runtime.internal.jersey;
