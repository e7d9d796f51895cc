/**
 * Resources that only some applications deploy: a resource compiled beside an application but not
 * deployed by it lends its policy to nothing, and two applications of one module may each have
 * their own policy on one template.
 */
package dev.crosscheck.it.deployment;
