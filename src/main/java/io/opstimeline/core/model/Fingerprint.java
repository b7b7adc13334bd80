package io.opstimeline.core.model;

/** Where a dataset came from and the SHA-256 of its bytes, printed on every export. */
public record Fingerprint(String fileName, String sha256) {}
