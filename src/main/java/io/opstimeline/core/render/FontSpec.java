package io.opstimeline.core.render;

/** A font request that every backend can honour: the platform's sans-serif at a size. */
public record FontSpec(double size, boolean bold) {
    public static final FontSpec LABEL = new FontSpec(12, false);
    public static final FontSpec LABEL_BOLD = new FontSpec(12, true);
    public static final FontSpec SMALL = new FontSpec(11, false);
    public static final FontSpec HEADING = new FontSpec(13, true);
}
