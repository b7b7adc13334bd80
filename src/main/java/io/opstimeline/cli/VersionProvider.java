package io.opstimeline.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, so it always matches the build. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Ops Timeline " + (v == null ? "(development build)" : v)};
    }
}
