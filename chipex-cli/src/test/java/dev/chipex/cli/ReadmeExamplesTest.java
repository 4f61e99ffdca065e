package dev.chipex.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's examples are run as written (paths from the repository root); a broken example fails the build. */
class ReadmeExamplesTest {

    static List<String> examples(String heading) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf(heading));
        section = section.substring(0, section.indexOf("\n## ", 1));
        return section.lines().filter(l -> l.startsWith("./chipex ")).toList();
    }

    /** Splits like a shell for the README's simple lines: double quotes group words, '#' starts a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.substring("./chipex ".length()).toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                break;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void readme_classifyExamples_runWithoutError() throws IOException {
        runAll(examples("## Classify a chip"), 5);
    }

    @Test
    void readme_checkExamples_runWithoutError() throws IOException {
        runAll(examples("## Check a shipment"), 8);
    }

    /** Runs each example from chipex-cli/, where the tests run, so repository paths get a "../". */
    private static void runAll(List<String> examples, int atLeast) {
        assertThat(examples).hasSizeGreaterThanOrEqualTo(atLeast);
        for (String example : examples) {
            String[] args = words(example).stream().map(w -> w.startsWith("examples/") ? "../" + w : w)
                    .toArray(String[]::new);
            Cli.Result result = Cli.run(args);

            assertThat(result.exitCode()).as(example + "\n" + result.err()).isZero();
            assertThat(result.out()).as(example).isNotBlank();
        }
    }
}
