package org.jboss.resteasy.reactive.server;

/** Stands for Quarkus REST on the class path, which the processor recognizes by this type. */
public @interface ServerRequestFilter {}
