package dev.chipex.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chipex.core.problem.ChipexException;
import dev.chipex.server.api.Json;
import io.javalin.json.JsonMapper;

import java.lang.reflect.Type;

/** Javalin's JSON output through the server's one Jackson set-up. */
final class JacksonJsonMapper implements JsonMapper {
    @Override
    public String toJsonString(Object value, Type type) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ChipexException("cannot write " + type.getTypeName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
