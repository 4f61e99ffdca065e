package dev.chipex.bench.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the benchmarks start chipex: through the {@code ./chipex} launcher, as the README has users
 * do (JVM options in {@code CHIPEX_JAVA_OPTS}), or as {@code java -jar chipex-cli/target/chipex.jar}
 * without the launcher's start-up flags. The tests take the jar: the launcher may start a build.
 */
public record Chipex(Path root, boolean launcher) {
    /** The repository's root, the working directory the bench runs in or a parent of it. */
    public static Path findRoot() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isExecutable(at.resolve("chipex")) && Files.isDirectory(at.resolve("chipex-cli"))) {
                return at;
            }
        }
        throw new IllegalStateException("run the benchmarks from the chipex repository (no ./chipex launcher above "
                + Path.of("").toAbsolutePath() + ")");
    }

    public Path jar() {
        return root.resolve("chipex-cli/target/chipex.jar");
    }

    /** chipex with these arguments, as a user starts it. */
    public Invocation command(List<String> args) {
        return command(List.of(), args);
    }

    /** chipex with these JVM options and arguments. */
    public Invocation command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        if (launcher) {
            command.add(root.resolve("chipex").toString());
            command.addAll(args);
            return new Invocation(command, Map.of("CHIPEX_JAVA_OPTS", String.join(" ", jvmOptions)));
        }
        command.add("java");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(args);
        return new Invocation(command, Map.of());
    }

    /** A process to start: its command line and what it adds to the environment. */
    public record Invocation(List<String> command, Map<String, String> environment) {
        static Invocation of(List<String> command) {
            return new Invocation(command, Map.of());
        }
    }

    /** For figures' names: {@code ./chipex check} or {@code java -jar chipex.jar check}. */
    public String name(String subcommand) {
        return (launcher ? "./chipex " : "java -jar chipex.jar ") + subcommand;
    }
}
