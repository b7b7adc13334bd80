package io.opstimeline.cli;

import io.opstimeline.core.annotate.SidecarFile;
import io.opstimeline.core.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The annotations the workbench saved for a data file: beside the file, or, when there is none
 * there, where the workbench keeps the notes of the bundled sample (the user's folder, by the data
 * file's name). So a view saved in the GUI on the sample is found when the command line is given
 * the same data file.
 */
final class GuiSidecar {
    private GuiSidecar() {}

    static SidecarFile find(Path dataFile, Dataset d) {
        SidecarFile beside = SidecarFile.besideData(dataFile);
        if (Files.exists(beside.path()) || Files.exists(beside.backupPath())) {
            return beside;
        }
        SidecarFile saved = SidecarFile.inUserFolder(d.fingerprint().fileName());
        return Files.exists(saved.path()) || Files.exists(saved.backupPath()) ? saved : beside;
    }
}
