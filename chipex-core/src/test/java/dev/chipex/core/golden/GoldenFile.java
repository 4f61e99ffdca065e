package dev.chipex.core.golden;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A golden file: the regime it tests and its cases (format: docs/regime-format.md, "Golden cases"). */
record GoldenFile(String source, String regime, List<GoldenCase> cases) {
    GoldenFile {
        cases = List.copyOf(cases);
    }

    static GoldenFile read(String resource) {
        try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return parse(resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static GoldenFile parse(String source, String text) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        GoldenValues top = new GoldenValues(source, root);
        top.allowOnly("regime", "cases");
        List<GoldenCase> cases = new ArrayList<>();
        for (Object item : (List<Object>) root.get("cases")) {
            cases.add(GoldenCase.from(new GoldenValues(source, (Map<String, Object>) item)));
        }
        return new GoldenFile(source, top.text("regime"), cases);
    }
}
