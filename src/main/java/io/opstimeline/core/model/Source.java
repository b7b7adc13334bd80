package io.opstimeline.core.model;

import java.util.Optional;

/** A document that records cite. Optional fields are null when the file leaves them out. */
public record Source(
        String id, String title, String publisher, TimeSpec date, String url, String quote, Reliability reliability) {

    public Optional<Reliability> reliabilityIfKnown() {
        return Optional.ofNullable(reliability);
    }

    /** The URL only if it is safe to hand to a browser: http or https, nothing else. */
    public Optional<String> browsableUrl() {
        if (url == null) {
            return Optional.empty();
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? Optional.of(url) : Optional.empty();
    }
}
