package dev.chipex.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** JSON output through one configured Jackson mapper: pretty for documents, compact for JSON lines. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /** The mapper, for tests and readers that need the same settings. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static void write(PrintWriter out, Object value) {
        out.println(text(PRETTY, value));
    }

    /** One value on one line: a JSON-lines record. */
    public static void line(PrintWriter out, Object value) {
        out.println(text(MAPPER.writer(), value));
    }

    private static String text(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
