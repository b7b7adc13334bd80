package io.opstimeline.ui.export;

import io.opstimeline.core.export.Briefing;
import io.opstimeline.export.ExportSettings;
import java.nio.file.Path;

/** One export the user asked for: the briefing, how to write it, and where. */
public record ExportJob(Briefing briefing, ExportSettings settings, Path out) {}
