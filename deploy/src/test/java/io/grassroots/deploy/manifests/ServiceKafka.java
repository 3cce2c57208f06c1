package io.grassroots.deploy.manifests;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a service's application.properties says it publishes (outbox.topics) and consumes (incoming channels). */
record ServiceKafka(Set<String> published, Set<String> compacted, Set<String> consumed) {
    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.connector");

    static ServiceKafka of(String service) {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(
                Manifests.root().resolve(service).resolve("src/main/resources/application.properties"))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> consumed = props.stringPropertyNames().stream().map(INCOMING::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).collect(Collectors.toSet());
        return new ServiceKafka(list(props.getProperty("outbox.topics")),
                list(props.getProperty("outbox.compacted-topics")), consumed);
    }

    private static Set<String> list(String value) {
        return value == null ? Set.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet());
    }
}
