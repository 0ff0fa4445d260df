package selfserve.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the connection in {@code credentials.json}, in {@code $SELFSERVE_CLI_HOME} or else {@code ~/.selfserve}.
 * The token in it is as good as the password for its lifetime, so only the user may read it: the directory is
 * created 0700 and the file 0600, from the moment they exist.
 */
final class CredentialStore {

    static final String HOME_VARIABLE = "SELFSERVE_CLI_HOME";
    static final String FILE_NAME = "credentials.json";

    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path directory;

    CredentialStore(Path directory) {
        this.directory = directory;
    }

    static CredentialStore in(Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        return new CredentialStore(home != null && !home.isBlank()
                ? Paths.get(home)
                : Paths.get(System.getProperty("user.home"), ".selfserve"));
    }

    Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** @throws IllegalArgumentException when the file is there but is not a saved connection */
    Optional<Credentials> load() throws IOException {
        if (!Files.exists(file())) {
            return Optional.empty();
        }
        return Optional.of(Credentials.fromJson(Files.readString(file(), StandardCharsets.UTF_8)));
    }

    void save(Credentials credentials) throws IOException {
        boolean posix = Files.getFileStore(existingAncestor(directory)).supportsFileAttributeView("posix");
        createDirectory(posix);
        // Written to a private temporary file first, then moved into place: never a moment where the file is
        // readable by others, and never half a file if the disk fills up.
        Path temporary = posix
                ? Files.createTempFile(directory, "credentials", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                : Files.createTempFile(directory, "credentials", ".tmp");
        try {
            if (!posix) {
                ownerOnly(temporary);
            }
            Files.writeString(temporary, credentials.toJson(), StandardCharsets.UTF_8);
            if (posix) {
                Files.setPosixFilePermissions(temporary, OWNER_ONLY_FILE); // whatever the umask did
            }
            move(temporary, file());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    boolean delete() throws IOException {
        return Files.deleteIfExists(file());
    }

    private void createDirectory(boolean posix) throws IOException {
        if (!Files.isDirectory(directory)) {
            FileAttribute<?>[] attributes = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
                    : new FileAttribute<?>[0];
            Files.createDirectories(directory, attributes);
        }
        if (posix) {
            Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY); // also one made by an older run or the umask
        } else {
            ownerOnly(directory);
        }
    }

    /** Where POSIX permissions do not exist (Windows), the closest java.io.File offers. */
    private static void ownerOnly(Path path) {
        var file = path.toFile();
        file.setReadable(false, false);
        file.setReadable(true, true);
        file.setWritable(false, false);
        file.setWritable(true, true);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path existingAncestor(Path path) {
        Path candidate = path.toAbsolutePath();
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate == null ? path.toAbsolutePath().getRoot() : candidate;
    }
}
