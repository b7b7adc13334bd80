package io.opstimeline.logging;

import ch.qos.logback.core.PropertyDefinerBase;

/** Hands {@link LogLocation#logFile()} to logback.xml, so the file path is decided in one place. */
public final class LogFileDefiner extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return LogLocation.logFile().toString();
    }
}
