package io.opstimeline.core.model;

/** Source reliability in the NATO "Admiralty" system (STANAG 2511 / AJP-2.1). */
public enum Reliability {
    A("Completely reliable"),
    B("Usually reliable"),
    C("Fairly reliable"),
    D("Not usually reliable"),
    E("Unreliable"),
    F("Reliability cannot be judged");

    private final String meaning;

    Reliability(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
