package io.sarikata.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code _run.json}: what a run read, what it made, how long each step took, with which versions and model. */
public final class RunReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, Long> timingsMs = new LinkedHashMap<>();
    private long stepStart = System.nanoTime();

    public RunReport put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public Object get(String key) {
        return fields.get(key);
    }

    /** Ends the step that began at the previous call (or at creation) and records its wall time. */
    public void stepDone(String step) {
        long now = System.nanoTime();
        timingsMs.put(step, (now - stepStart) / 1_000_000);
        stepStart = now;
    }

    public Map<String, Long> timingsMs() {
        return timingsMs;
    }

    public String toJson() {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("timings_ms", timingsMs);
        try {
            return MAPPER.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
