/** In a servlet container: the other CORS filters of the web application named at start, and the warning where nothing registers the generated filter. Internal. */
package dev.crosscheck.runtime.internal.servlet;
