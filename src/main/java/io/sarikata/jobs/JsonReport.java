package io.sarikata.jobs;

import io.sarikata.JobFailure;
import io.sarikata.sources.HadoopFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.conf.Configuration;

import java.io.IOException;
import java.util.Map;

/** Writes a command's {@code --report}: indented JSON; a path that cannot be written is exit 5 with one line. */
final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void write(String path, Map<String, Object> report, Configuration conf) {
        try {
            HadoopFiles.write(path, MAPPER.writeValueAsString(report) + "\n", conf);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new JobFailure(JobFailure.OUTPUT, "cannot write " + path + ": " + e.getMessage(), e);
        }
    }
}
