package io.opstimeline.core.model;

/** Whether a contributing nation belongs to the alliance or joined as a partner. */
public enum NationStatus {
    MEMBER,
    PARTNER
}
