package org.verbatim.server.api;

/** The body of every error response: {@code {"error": code, "message": text}}. */
public record ApiError(String error, String message) {}
